-- Plans: a council's Kế hoạch (Resolution 57-NQ/TW) as read from its text, reviewed and confirmed by
-- the clerk. Every change after confirmation is a new version; versions are never rewritten once
-- confirmed, so an amended plan keeps its history.

create table plan (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  title           varchar(1000) not null,
  number          varchar(100),
  confirmed       boolean not null default false,     -- some version has been confirmed
  created_by      varchar(200) not null,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create index plan_council on plan (council_id, updated_at desc);

create table plan_version (
  id            uuid primary key,
  council_id    uuid not null references council (id),
  plan_id       uuid not null references plan (id),
  number        int not null check (number > 0),
  state         varchar(12) not null check (state in ('DRAFT', 'CONFIRMED', 'SUPERSEDED')),
  source_name   varchar(255) not null,
  source_kind   varchar(10) not null check (source_kind in ('TEXT', 'PDF', 'DOCX')),
  source_sha256 char(64) not null,
  source_text   text not null,
  reading       jsonb not null,                         -- sections, targets, tasks, reporting duties
  created_by    varchar(200) not null,
  created_at    timestamptz not null default now(),
  confirmed_by  varchar(200),
  confirmed_at  timestamptz,
  unique (plan_id, number),
  check ((state = 'DRAFT') = (confirmed_at is null))
);
-- at most one draft per plan at a time
create unique index plan_version_one_draft on plan_version (plan_id) where state = 'DRAFT';

alter table plan enable row level security;
alter table plan force row level security;
-- a plan is the council's staff's until confirmed; a confirmed plan is public
create policy plan_read on plan for select
  using (app_can_read_private(council_id) or (confirmed and app_can_read(council_id)));
create policy plan_write on plan for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table plan_version enable row level security;
alter table plan_version force row level security;
create policy plan_version_read on plan_version for select
  using (app_can_read_private(council_id) or (state <> 'DRAFT' and app_can_read(council_id)));
create policy plan_version_write on plan_version for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
