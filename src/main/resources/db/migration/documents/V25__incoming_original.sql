-- An incoming document that arrived as DOCX or ODT is registered as the PDF LibreOffice made of it;
-- the file as received is kept beside it (staff only, like the PDF).
alter table incoming_document add column source_file_id uuid references stored_file (id);
