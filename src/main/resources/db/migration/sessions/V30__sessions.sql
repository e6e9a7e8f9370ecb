-- Sessions (kỳ họp) and meetings of a council, their agenda, attendance, votes and recordings.
-- A session is public once convened; planned sessions, named ballots of open votes, read
-- receipts, notices and upload staging are private to the council's staff.

create table council_session (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  title           varchar(300) not null,
  kind            varchar(30) not null check (kind in ('REGULAR', 'THEMATIC', 'STANDING_COMMITTEE', 'COMMITTEE')),
  starts_at       timestamptz not null,
  place           varchar(300),
  online_url      varchar(500),
  livestream_url  varchar(500),
  recording_url   varchar(500),                       -- an external stream or archive
  state           varchar(20) not null check (state in ('PLANNED', 'CONVENED', 'IN_PROGRESS', 'CLOSED')),
  demo            boolean not null default false,
  created_by      varchar(200) not null,
  created_at      timestamptz not null default now(),
  convened_at     timestamptz,
  closed_at       timestamptz
);
create index council_session_council on council_session (council_id, starts_at desc);

create table agenda_item (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  session_id      uuid not null references council_session (id) on delete cascade,
  number          int not null check (number > 0),
  title           varchar(500) not null,
  motion          boolean not null,
  majority        varchar(30) check (majority in ('MORE_THAN_HALF_OF_ALL', 'TWO_THIRDS_OF_ALL')),
  document_id     uuid,                               -- a document of the documents module (tờ trình)
  vote_state      varchar(10) not null default 'NONE' check (vote_state in ('NONE', 'OPEN', 'CLOSED')),
  vote_mode       varchar(12) check (vote_mode in ('ELECTRONIC', 'ANALOG')),
  vote_opened_at  timestamptz,
  vote_closed_at  timestamptz,
  yes_count       int,
  no_count        int,
  abstain_count   int,
  entitled_count  int,
  passed          boolean,
  resolution_id   uuid,                               -- the draft resolution handed to documents
  recording_offset int check (recording_offset >= 0), -- seconds into the session's recording
  check (motion = (majority is not null)),
  check ((vote_state = 'CLOSED') = (passed is not null and entitled_count is not null))
);
create unique index agenda_item_number on agenda_item (session_id, number) include (id);
create index agenda_item_council on agenda_item (council_id, session_id);

-- one ballot per delegate and motion; a second vote while open replaces the first
create table ballot (
  council_id      uuid not null references council (id),
  item_id         uuid not null references agenda_item (id) on delete cascade,
  delegate_id     uuid not null,
  delegate_name   varchar(200) not null,
  choice          varchar(10) not null check (choice in ('YES', 'NO', 'ABSTAIN')),
  cast_at         timestamptz not null,
  changes         int not null default 0,
  primary key (item_id, delegate_id)
);

-- who was entitled to vote when the vote closed (all delegates of the term)
create table vote_entitlement (
  council_id      uuid not null references council (id),
  item_id         uuid not null references agenda_item (id) on delete cascade,
  delegate_id     uuid not null,
  delegate_name   varchar(200) not null,
  primary key (item_id, delegate_id)
);

create table attendance (
  council_id      uuid not null references council (id),
  session_id      uuid not null references council_session (id) on delete cascade,
  delegate_id     uuid not null,
  delegate_name   varchar(200) not null,
  checked_in_at   timestamptz not null,
  checked_in_by   varchar(200) not null,
  by_clerk        boolean not null,
  primary key (session_id, delegate_id)
);

create table pack_document (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  session_id      uuid not null references council_session (id) on delete cascade,
  position        int not null,
  title           varchar(500) not null,
  document_id     uuid,                               -- from the documents module
  sha256          char(64) not null,                  -- the PDF in the blob store
  size            bigint not null,
  page_count      int not null check (page_count > 0),
  added_by        varchar(200) not null,
  added_at        timestamptz not null default now()
);
create index pack_document_session on pack_document (session_id, position);

create table read_receipt (
  council_id      uuid not null references council (id),
  pack_document_id uuid not null references pack_document (id) on delete cascade,
  user_id         uuid not null,
  user_name       varchar(200) not null,
  first_opened_at timestamptz not null,
  last_opened_at  timestamptz not null,
  opened          int not null default 1,
  primary key (pack_document_id, user_id)
);

-- convening notices (giấy mời) to delegates: the outbox a notification adapter delivers from
create table session_notice (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  session_id      uuid not null references council_session (id) on delete cascade,
  delegate_id     uuid not null,
  delegate_name   varchar(200) not null,
  user_id         uuid,
  channel         varchar(20) not null check (channel in ('IN_APP', 'OUTBOX')),
  created_at      timestamptz not null default now(),
  delivered_at    timestamptz,
  unique (session_id, delegate_id, channel)
);

create table recording (
  session_id      uuid primary key references council_session (id) on delete cascade,
  council_id      uuid not null references council (id),
  sha256          char(64) not null,
  size            bigint not null check (size > 0),
  media_type      varchar(100) not null,
  published_at    timestamptz not null default now()
);

-- a resumable upload in progress; the bytes sit in a staging file under the data directory
create table recording_upload (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  session_id      uuid not null references council_session (id) on delete cascade,
  total_size      bigint not null check (total_size > 0),
  received        bigint not null default 0,
  file_name       varchar(255) not null,
  created_by      varchar(200) not null,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);

alter table council_session enable row level security;
alter table council_session force row level security;
create policy council_session_read on council_session for select
  using (app_can_read_private(council_id) or (state <> 'PLANNED' and app_can_read(council_id)));
create policy council_session_write on council_session for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table agenda_item enable row level security;
alter table agenda_item force row level security;
create policy agenda_item_read on agenda_item for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from council_session s where s.id = session_id and s.state <> 'PLANNED')));
create policy agenda_item_write on agenda_item for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

-- named votes are published once the vote is closed
alter table ballot enable row level security;
alter table ballot force row level security;
create policy ballot_read on ballot for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from agenda_item i where i.id = item_id and i.vote_state = 'CLOSED')));
create policy ballot_write on ballot for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table vote_entitlement enable row level security;
alter table vote_entitlement force row level security;
create policy vote_entitlement_read on vote_entitlement for select using (app_can_read(council_id));
create policy vote_entitlement_write on vote_entitlement for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table attendance enable row level security;
alter table attendance force row level security;
create policy attendance_read on attendance for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from council_session s where s.id = session_id and s.state <> 'PLANNED')));
create policy attendance_write on attendance for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table pack_document enable row level security;
alter table pack_document force row level security;
create policy pack_document_read on pack_document for select using (app_can_read_private(council_id));
create policy pack_document_write on pack_document for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table read_receipt enable row level security;
alter table read_receipt force row level security;
create policy read_receipt_read on read_receipt for select using (app_can_read_private(council_id));
create policy read_receipt_write on read_receipt for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table session_notice enable row level security;
alter table session_notice force row level security;
create policy session_notice_read on session_notice for select using (app_can_read_private(council_id));
create policy session_notice_write on session_notice for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table recording enable row level security;
alter table recording force row level security;
create policy recording_read on recording for select using (app_can_read(council_id));
create policy recording_write on recording for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table recording_upload enable row level security;
alter table recording_upload force row level security;
create policy recording_upload_read on recording_upload for select using (app_can_read_private(council_id));
create policy recording_upload_write on recording_upload for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
