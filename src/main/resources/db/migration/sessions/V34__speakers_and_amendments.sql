-- The speakers' list and amendments of a session (issue 14, items 12 and 13). Delegates ask to
-- speak on an agenda item; the chair orders the queue and gives the floor; start and end are
-- kept. A delegate proposes an amendment to a motion; once admitted it is voted as an agenda
-- item of its own, before the motion.

create table speaker_request (
  id                uuid primary key,
  council_id        uuid not null references council (id),
  session_id        uuid not null references council_session (id) on delete cascade,
  item_id           uuid not null references agenda_item (id) on delete cascade,
  delegate_id       uuid not null,
  delegate_name     varchar(200) not null,
  position          int not null,
  state             varchar(12) not null check (state in ('WAITING', 'SPEAKING', 'DONE', 'WITHDRAWN')),
  requested_at      timestamptz not null,
  started_at        timestamptz,
  ended_at          timestamptz,
  granted_by        varchar(200),
  check ((state in ('SPEAKING', 'DONE')) = (started_at is not null)),
  check ((state = 'DONE') = (ended_at is not null))
);
create index speaker_request_session on speaker_request (session_id, position);
-- at most one speaker at a time, and one waiting request per delegate and item
create unique index speaker_request_one_speaking on speaker_request (session_id) where state = 'SPEAKING';
create unique index speaker_request_one_waiting on speaker_request (item_id, delegate_id) where state = 'WAITING';

create table amendment (
  id                uuid primary key,
  council_id        uuid not null references council (id),
  session_id        uuid not null references council_session (id) on delete cascade,
  motion_item_id    uuid not null references agenda_item (id) on delete cascade,
  number            int not null check (number > 0),
  text              varchar(4000) not null,
  delegate_id       uuid not null,
  delegate_name     varchar(200) not null,
  proposed_at       timestamptz not null,
  state             varchar(12) not null check (state in ('PROPOSED', 'ADMITTED', 'REJECTED', 'WITHDRAWN')),
  vote_item_id      uuid references agenda_item (id) on delete set null,  -- the item it is voted as
  decided_by        varchar(200),
  decided_at        timestamptz,
  unique (motion_item_id, number),
  check ((state = 'ADMITTED') = (vote_item_id is not null))
);
create index amendment_session on amendment (session_id, motion_item_id, number);

alter table speaker_request enable row level security;
alter table speaker_request force row level security;
create policy speaker_request_read on speaker_request for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from council_session s where s.id = session_id and s.state <> 'PLANNED')));
create policy speaker_request_write on speaker_request for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

-- proposals are the council's business until admitted; an admitted amendment is public
alter table amendment enable row level security;
alter table amendment force row level security;
create policy amendment_read on amendment for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and state = 'ADMITTED'));
create policy amendment_write on amendment for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
