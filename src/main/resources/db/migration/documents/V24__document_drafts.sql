-- Drafts are work in progress: a draft's file may be replaced (every version kept), the signer may
-- return it to the drafter with a comment, and it may be withdrawn (kept, never numbered). A
-- document may be restricted ("không công khai"): issued, but never shown to the public.

alter table outgoing_document drop constraint outgoing_document_status_check;
alter table outgoing_document add constraint outgoing_document_status_check
  check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'ISSUED', 'RECALLED', 'WITHDRAWN'));
alter table outgoing_document add column restricted boolean not null default false;
alter table outgoing_document add column version int not null default 1 check (version > 0);
alter table outgoing_document add column return_comment varchar(2000);   -- the signer's latest comment
alter table outgoing_document add column editable_media_type varchar(100);

-- Every file a document had: version 1 is the first upload; the document row holds the latest.
create table outgoing_document_version (
  id                 uuid primary key,
  council_id         uuid not null references council (id),
  document_id        uuid not null references outgoing_document (id),
  version            int not null check (version > 0),
  pdf_sha256         char(64) not null,
  pdf_name           varchar(255) not null,
  pdf_size           bigint not null,
  page_count         int not null,
  source_sha256      char(64),                   -- the DOCX/ODT the PDF was converted from
  source_name        varchar(255),
  source_size        bigint,
  source_media_type  varchar(100),
  uploaded_by        varchar(200) not null,
  uploaded_at        timestamptz not null,
  unique (document_id, version),
  check ((source_sha256 is null) = (source_name is null))
);
create index outgoing_document_version_document on outgoing_document_version (document_id, version);

-- the versions of the documents that exist today: their one file (read across councils, as the
-- forced row-level security applies to the owner too)
select set_config('app.all_councils', 'on', true);
insert into outgoing_document_version (id, council_id, document_id, version, pdf_sha256, pdf_name, pdf_size,
  page_count, uploaded_by, uploaded_at)
select gen_random_uuid(), council_id, id, 1, original_sha256, original_name, original_size, page_count,
  created_by, created_at
from outgoing_document;
select set_config('app.all_councils', '', true);

alter table outgoing_document_version enable row level security;
alter table outgoing_document_version force row level security;
create policy outgoing_document_version_read on outgoing_document_version for select
  using (app_can_read_private(council_id));
create policy outgoing_document_version_write on outgoing_document_version for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

-- the public reads issued documents that are not restricted
drop policy outgoing_document_read on outgoing_document;
create policy outgoing_document_read on outgoing_document for select
  using (app_can_read_private(council_id)
         or (status = 'ISSUED' and not restricted and app_can_read(council_id)));
