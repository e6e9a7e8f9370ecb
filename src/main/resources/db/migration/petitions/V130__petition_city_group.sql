-- City scale (docs/city-scale.md): the city's groups of city-level petitions, kept instead of
-- recomputed. GET /api/v1/councils/{city}/petition-issues/city-level used to read every open
-- city-level issue of every council with all its petitions' texts and compare each issue with every
-- group in Java (seconds for a city, growing with the square of the issues). Now each open
-- city-level issue carries its group, placed once when it is first read after it came or changed
-- (petitions.internal.CityLevelGroups), and the page is grouped and counted in SQL.
--
-- A group keeps the hashed fingerprint of the issue that started it (64-bit hashes of its words, not
-- the words) and the council of that issue; the city's office reads it in its cross-council scope.
create table petition_city_group (
  id           uuid primary key,
  council_id   uuid not null references council (id),
  fingerprint  bigint[] not null,
  started      bigint generated always as identity,   -- the order the groups were started in
  created_at   timestamptz not null default now()
);

alter table petition_city_group enable row level security;
alter table petition_city_group force row level security;
create policy petition_city_group_read on petition_city_group for select
  using (app_can_read_private(council_id));
create policy petition_city_group_write on petition_city_group for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

-- the issue's group, and the updated_at it was placed at (null: not yet placed). Existing issues
-- are placed on the first read after this migration, in the order they came.
alter table petition_issue add column city_group uuid;
alter table petition_issue add column city_placed_at timestamptz;

create index petition_issue_city_group on petition_issue (city_group, created_at, id)
  include (petition_count, council_id)
  where level = 'CITY' and not complaint and status <> 'CLOSED';

-- The clerk's issue list (IssueQueries.list: order by updated_at desc, id) read in index order,
-- without the top-N sort of all the council's issues the old index (no id) needed.
create index petition_issue_recent on petition_issue (council_id, updated_at desc, id);
drop index petition_issue_council;
