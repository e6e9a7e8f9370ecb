-- An editable original kept with an outgoing document: the Word file (DOCX) a generated report was
-- written as, so that a clerk can download it, edit it and upload the final text. Staff only, like
-- the original PDF; the issued, signed PDF stays the document of record.
alter table outgoing_document add column editable_sha256 char(64);
alter table outgoing_document add column editable_name varchar(255);
alter table outgoing_document add column editable_size bigint;
alter table outgoing_document add constraint outgoing_document_editable_whole
  check ((editable_sha256 is null) = (editable_name is null) and (editable_sha256 is null) = (editable_size is null));
