-- The yearly oversight programme (Law 87/2015 Art. 58): proposals, adoption by a resolution, and
-- its topics, each owned by the standing committee or a committee, with a team, a plan, visits and
-- findings, recommendations to a People's Committee unit or another agency with a due date, and
-- the owner's responses until the recommendation is done. Topics, recommendations and responses
-- are public (/{slug}/giam-sat); proposals are the staff's until adopted.

create table oversight_proposal (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  year            int not null check (year between 2000 and 2100),
  title           varchar(500) not null,
  proposer_kind   varchar(20) not null check (proposer_kind in ('DELEGATE', 'COMMITTEE', 'FRONT')),
  proposed_by     varchar(200) not null,
  proposed_on     date not null,
  late            boolean not null,
  created_at      timestamptz not null default now()
);
create index oversight_proposal_year on oversight_proposal (council_id, year);

create table oversight_programme (
  council_id              uuid not null references council (id),
  year                    int not null,
  resolution_document_id  uuid not null,
  resolution_title        varchar(500) not null,
  adopted_on              date not null,
  adopted_by              varchar(200) not null,
  primary key (council_id, year)
);

create table oversight_topic (
  id                  uuid primary key,
  council_id          uuid not null references council (id),
  year                int not null check (year between 2000 and 2100),
  title               varchar(500) not null,
  owner_body_id       uuid not null references council_body (id),
  owner_body_name     varchar(300) not null,
  plan                varchar(8000),
  petition_issue_id   uuid,
  report_document_id  uuid,
  report_title        varchar(500),
  created_by          varchar(200) not null,
  created_at          timestamptz not null default now()
);
create index oversight_topic_council on oversight_topic (council_id, year desc);

create table oversight_team_member (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  topic_id    uuid not null references oversight_topic (id),
  name        varchar(200) not null,
  kind        varchar(20) not null check (kind in ('DELEGATE', 'FRONT', 'OTHER')),
  position    int not null
);
create index oversight_team_member_topic on oversight_team_member (topic_id, position);

create table oversight_activity (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  topic_id    uuid not null references oversight_topic (id),
  kind        varchar(20) not null check (kind in ('VISIT', 'FINDING')),
  day         date not null,
  text        varchar(4000) not null,
  recorded_by varchar(200) not null,
  created_at  timestamptz not null default now()
);
create index oversight_activity_topic on oversight_activity (topic_id, day);

create table oversight_recommendation (
  id               uuid primary key,
  council_id       uuid not null references council (id),
  topic_id         uuid not null references oversight_topic (id),
  text             varchar(4000) not null,
  owner_unit_id    uuid references executive_unit (id),
  owner_name       varchar(300) not null,
  due_on           date not null,
  done_on          date,
  created_at       timestamptz not null default now()
);
create index oversight_recommendation_topic on oversight_recommendation (topic_id, created_at);
create index oversight_recommendation_unit on oversight_recommendation (council_id, owner_unit_id);

create table oversight_response (
  id                 uuid primary key,
  council_id         uuid not null references council (id),
  recommendation_id  uuid not null references oversight_recommendation (id),
  text               varchar(4000) not null,
  responded_by       varchar(200) not null,
  responded_on       date not null,
  late               boolean not null,
  created_at         timestamptz not null default now()
);
create index oversight_response_recommendation on oversight_response (recommendation_id, created_at);

alter table oversight_proposal enable row level security;
alter table oversight_proposal force row level security;
create policy oversight_proposal_read on oversight_proposal for select using (app_can_read_private(council_id));
create policy oversight_proposal_write on oversight_proposal for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table oversight_programme enable row level security;
alter table oversight_programme force row level security;
create policy oversight_programme_read on oversight_programme for select using (app_can_read(council_id));
create policy oversight_programme_write on oversight_programme for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table oversight_topic enable row level security;
alter table oversight_topic force row level security;
create policy oversight_topic_read on oversight_topic for select using (app_can_read(council_id));
create policy oversight_topic_write on oversight_topic for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table oversight_team_member enable row level security;
alter table oversight_team_member force row level security;
create policy oversight_team_member_read on oversight_team_member for select using (app_can_read(council_id));
create policy oversight_team_member_write on oversight_team_member for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table oversight_activity enable row level security;
alter table oversight_activity force row level security;
create policy oversight_activity_read on oversight_activity for select using (app_can_read(council_id));
create policy oversight_activity_write on oversight_activity for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table oversight_recommendation enable row level security;
alter table oversight_recommendation force row level security;
create policy oversight_recommendation_read on oversight_recommendation for select using (app_can_read(council_id));
create policy oversight_recommendation_write on oversight_recommendation for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table oversight_response enable row level security;
alter table oversight_response force row level security;
create policy oversight_response_read on oversight_response for select using (app_can_read(council_id));
create policy oversight_response_write on oversight_response for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
