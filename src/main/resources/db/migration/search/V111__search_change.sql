-- The search change log: every change that alters what search finds, appended by the search module's
-- listeners in the publishing transaction, read by every instance from its own position to keep its
-- Lucene index current (docs/search.md, "Index fed by a change log"). Ordered by the writing
-- transaction's id (xid8, assigned at insert, final once every lower transaction has ended), not by
-- id: ids are taken at insert, so a transaction that commits late would be skipped by "id > position".

create table search_change (
  id          bigserial primary key,
  xid         xid8 not null default pg_current_xact_id(),
  council_id  uuid not null references council (id),
  kind        varchar(40) not null,
  item_id     varchar(100) not null,
  at          timestamptz not null default now()
);
create index search_change_order on search_change (xid, id);
create index search_change_at on search_change (at);

alter table search_change enable row level security;
alter table search_change force row level security;
create policy search_change_read on search_change for select using (app_can_read_private(council_id));
create policy search_change_write on search_change for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
-- a change may also be appended in the council's public scope (a citizen's request whose event
-- names the council): it only makes the feeds read that item again, as the staff, by its id
create policy search_change_append on search_change for insert with check (app_can_read(council_id));

-- Wakes every instance's feed: delivered at commit (never for a rolled-back change), once per
-- transaction however many rows it appended (PostgreSQL folds equal notifications).
create function search_change_notify() returns trigger
  language plpgsql
  as $$ begin perform pg_notify('search_change', ''); return null; end $$;
create trigger search_change_notify after insert on search_change
  for each statement execute function search_change_notify();
