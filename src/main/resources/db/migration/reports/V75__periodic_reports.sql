-- The standing committee's 6-monthly and annual reports: each generated report is a draft report
-- (BC) in the documents, its PDF the document's original and its DOCX kept beside it.

create table periodic_report (
  id           uuid primary key,
  council_id   uuid not null references council (id),
  period       varchar(10) not null check (period ~ '^[0-9]{4}(-H[12])?$'),   -- '2026-H1' or '2026'
  document_id  uuid not null unique references outgoing_document (id),
  subject      varchar(1000) not null,
  docx_sha256  char(64) not null,
  pdf_sha256   char(64) not null,
  created_by   varchar(200) not null,
  created_at   timestamptz not null default now()
);
create index periodic_report_council on periodic_report (council_id, created_at desc);

alter table periodic_report enable row level security;
alter table periodic_report force row level security;
create policy periodic_report_read on periodic_report for select using (app_can_read_private(council_id));
create policy periodic_report_write on periodic_report for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
