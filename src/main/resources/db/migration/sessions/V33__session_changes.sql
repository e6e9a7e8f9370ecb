-- Sessions change (issue 14, item 9): a session may be cancelled (it stays public, marked as
-- such), postponed or edited before it starts; every change with its reason is kept. A closed
-- vote may be re-opened by an explicit action with a reason: the earlier round's result and
-- ballots are kept here.

alter table council_session drop constraint council_session_state_check;
alter table council_session add constraint council_session_state_check
  check (state in ('PLANNED', 'CONVENED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED'));

-- a session cancelled before it was ever convened stays private, as it was
drop policy council_session_read on council_session;
create policy council_session_read on council_session for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and state <> 'PLANNED'
    and (state <> 'CANCELLED' or convened_at is not null)));

-- where the recording starts (by default when the sitting opens): speakers' times become offsets
alter table council_session add column recording_started_at timestamptz;

create table session_change (
  id                uuid primary key,
  council_id        uuid not null references council (id),
  session_id        uuid not null references council_session (id) on delete cascade,
  kind              varchar(20) not null check (kind in ('EDITED', 'POSTPONED', 'CANCELLED', 'ITEM_REMOVED')),
  reason            varchar(1000),
  previous_starts_at timestamptz,
  new_starts_at     timestamptz,
  summary           varchar(1000) not null,           -- what changed, in Vietnamese
  changed_by        varchar(200) not null,
  changed_at        timestamptz not null
);
create index session_change_session on session_change (session_id, changed_at);

-- a closed vote that was re-opened: the earlier round's result, who re-opened it and why
create table vote_round (
  council_id        uuid not null references council (id),
  item_id           uuid not null references agenda_item (id) on delete cascade,
  round             int not null check (round > 0),
  vote_mode         varchar(12) not null,
  opened_at         timestamptz,
  closed_at         timestamptz not null,
  yes_count         int not null,
  no_count          int not null,
  abstain_count     int not null,
  entitled_count    int not null,
  passed            boolean not null,
  resolution_id     uuid,
  reopened_by       varchar(200) not null,
  reopened_at       timestamptz not null,
  reason            varchar(1000) not null,
  primary key (item_id, round)
);

-- the named ballots of an earlier round, as they were when it closed
create table vote_round_ballot (
  council_id        uuid not null references council (id),
  item_id           uuid not null,
  round             int not null,
  delegate_id       uuid not null,
  delegate_name     varchar(200) not null,
  choice            varchar(10) not null,
  cast_at           timestamptz not null,
  primary key (item_id, round, delegate_id),
  foreign key (item_id, round) references vote_round (item_id, round) on delete cascade
);

alter table session_change enable row level security;
alter table session_change force row level security;
create policy session_change_read on session_change for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from council_session s where s.id = session_id and s.state <> 'PLANNED')));
create policy session_change_write on session_change for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table vote_round enable row level security;
alter table vote_round force row level security;
create policy vote_round_read on vote_round for select using (app_can_read(council_id));
create policy vote_round_write on vote_round for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table vote_round_ballot enable row level security;
alter table vote_round_ballot force row level security;
create policy vote_round_ballot_read on vote_round_ballot for select using (app_can_read(council_id));
create policy vote_round_ballot_write on vote_round_ballot for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
