-- Secret ballots (bỏ phiếu kín): motions such as dismissals, elections and confidence votes.
-- A delegate's paper is stored so that no query of these tables links it to the delegate:
--   secret_ballot_voter  who has voted (one row per delegate and ballot), no time, no paper id;
--   secret_ballot_paper  the papers, with a random id, no delegate, no time.
-- Each ballot rewrites all papers of its ballot in a new random order with new random ids in the
-- same transaction, so that neither the physical order of the rows, nor their ids, nor the
-- transaction that last wrote them (xmin) follows the order in which delegates voted.

create table secret_ballot (
  item_id         uuid primary key references agenda_item (id) on delete cascade,
  council_id      uuid not null references council (id),
  session_id      uuid not null references council_session (id) on delete cascade,
  kind            varchar(12) not null check (kind in ('MOTION', 'ELECTION', 'CONFIDENCE')),
  seats           int not null default 1 check (seats > 0),
  state           varchar(10) not null default 'NONE' check (state in ('NONE', 'OPEN', 'CLOSED')),
  opened_at       timestamptz,
  closed_at       timestamptz,
  entitled_count  int,                                -- all delegates of the term at closing
  created_by      varchar(200) not null,
  check ((state = 'CLOSED') = (entitled_count is not null))
);
create index secret_ballot_session on secret_ballot (session_id);

create table secret_ballot_candidate (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  item_id         uuid not null references secret_ballot (item_id) on delete cascade,
  position        int not null check (position > 0),
  full_name       varchar(200) not null,
  office          varchar(300),
  unique (item_id, position)
);

-- "has voted": nothing here says what, or when
create table secret_ballot_voter (
  council_id      uuid not null references council (id),
  item_id         uuid not null references secret_ballot (item_id) on delete cascade,
  delegate_id     uuid not null,
  delegate_name   varchar(200) not null,
  primary key (item_id, delegate_id)
);

-- the papers: nothing here says whose, or when
create table secret_ballot_paper (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  item_id         uuid not null references secret_ballot (item_id) on delete cascade,
  marks           varchar(8000) not null
);
create index secret_ballot_paper_item on secret_ballot_paper (item_id);

alter table secret_ballot enable row level security;
alter table secret_ballot force row level security;
create policy secret_ballot_read on secret_ballot for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from council_session s where s.id = session_id and s.state <> 'PLANNED')));
create policy secret_ballot_write on secret_ballot for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table secret_ballot_candidate enable row level security;
alter table secret_ballot_candidate force row level security;
create policy secret_ballot_candidate_read on secret_ballot_candidate for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from secret_ballot b join council_session s on s.id = b.session_id
    where b.item_id = secret_ballot_candidate.item_id and s.state <> 'PLANNED')));
create policy secret_ballot_candidate_write on secret_ballot_candidate for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table secret_ballot_voter enable row level security;
alter table secret_ballot_voter force row level security;
create policy secret_ballot_voter_read on secret_ballot_voter for select using (app_can_read_private(council_id));
create policy secret_ballot_voter_write on secret_ballot_voter for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

-- papers are counted by the module itself; only the aggregate result leaves
alter table secret_ballot_paper enable row level security;
alter table secret_ballot_paper force row level security;
create policy secret_ballot_paper_read on secret_ballot_paper for select using (app_can_read_private(council_id));
create policy secret_ballot_paper_write on secret_ballot_paper for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
