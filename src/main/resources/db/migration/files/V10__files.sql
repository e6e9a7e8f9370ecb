-- Files a council stored: each row points at a blob (named by its SHA-256) in the blob store.
-- Files may be private (drafts, incoming documents), so only the council's staff read them;
-- public pages reach a published file through the module that published it.

create table stored_file (
  id            uuid primary key,
  council_id    uuid not null references council (id),
  sha256        char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size          bigint not null check (size > 0),
  media_type    varchar(100) not null,
  original_name varchar(255) not null,
  page_count    int check (page_count > 0),
  text          text,                                -- extracted text of a PDF, Unicode NFC
  text_status   varchar(20) not null check (text_status in ('EXTRACTED', 'NO_TEXT', 'NOT_APPLICABLE', 'FAILED')),
  created_at    timestamptz not null default now(),
  created_by    varchar(200) not null                -- user name, or 'system'
);
create index stored_file_council on stored_file (council_id, created_at);
create index stored_file_sha256 on stored_file (sha256);

alter table stored_file enable row level security;
alter table stored_file force row level security;
create policy stored_file_read on stored_file for select using (app_can_read_private(council_id));
create policy stored_file_write on stored_file for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
