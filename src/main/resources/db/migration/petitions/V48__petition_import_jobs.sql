-- Imports of petition lists run as background jobs (docs/petitions.md#import): the uploaded file waits
-- here until the job ends (so a job interrupted by a restart is resumed from the last committed batch),
-- with its progress, whether the clerk asked to cancel it, and a heartbeat that tells a live job from
-- one left RUNNING by a killed instance. Errors are kept per row for download. Staff only.

create table petition_import_job (
  id               uuid primary key,
  council_id       uuid not null references council (id),
  file_name        varchar(255) not null,
  file_sha256      char(64) not null,
  content          bytea,                              -- the file; emptied when the job ends
  mapping          varchar(2000) not null default '',  -- target=header lines
  state            varchar(12) not null check (state in ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED')),
  total_rows       int not null default 0,
  rows_done        int not null default 0,             -- data rows processed (imported, skipped or failed)
  imported         int not null default 0,
  skipped          int not null default 0,
  failed           int not null default 0,
  cancel_requested boolean not null default false,
  error            varchar(200),
  created_by       varchar(200) not null,
  created_at       timestamptz not null default now(),
  started_at       timestamptz,
  heartbeat_at     timestamptz,
  finished_at      timestamptz
);
create index petition_import_job_council on petition_import_job (council_id, created_at desc);
create index petition_import_job_running on petition_import_job (state, heartbeat_at) where state in ('QUEUED', 'RUNNING');

create table petition_import_job_error (
  job_id      uuid not null references petition_import_job (id) on delete cascade,
  council_id  uuid not null references council (id),
  row_number  int not null,
  field       varchar(40) not null,
  message_key varchar(100) not null,
  value       varchar(300) not null default '',
  primary key (job_id, row_number, field)
);

alter table petition_import_job enable row level security;
alter table petition_import_job force row level security;
create policy petition_import_job_read on petition_import_job for select using (app_can_read_private(council_id));
create policy petition_import_job_write on petition_import_job for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table petition_import_job_error enable row level security;
alter table petition_import_job_error force row level security;
create policy petition_import_job_error_read on petition_import_job_error for select
  using (app_can_read_private(council_id));
create policy petition_import_job_error_write on petition_import_job_error for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
