-- Questions (chất vấn, Law 87/2015 Art. 60): a delegate's question to a People's Committee unit,
-- grouped and scheduled by the standing committee on an agenda item, answered in the session or in
-- writing by a deadline (late answers are kept and marked late), with the commitments the answer
-- makes and whether each was met on time. All of it is public (the tracker /{slug}/chat-van).

create table oversight_question (
  id                   uuid primary key,
  council_id           uuid not null references council (id),
  text                 varchar(4000) not null,
  addressed_unit_id    uuid not null references executive_unit (id),
  addressed_unit_name  varchar(300) not null,
  asked_by             varchar(200) not null,
  asked_by_user_id     uuid,
  asked_on             date not null,
  due_on               date not null,
  follows_up_id        uuid references oversight_question (id),
  petition_issue_id    uuid,
  group_label          varchar(300),
  session_id           uuid,
  agenda_item_id       uuid,
  agenda_item_title    varchar(500),
  answer_text          varchar(8000),
  answer_mode          varchar(20) check (answer_mode in ('IN_SESSION', 'WRITTEN')),
  recording_offset     int check (recording_offset >= 0),
  answered_by          varchar(200),
  answered_on          date,
  answered_late        boolean not null default false,
  created_at           timestamptz not null default now()
);
create index oversight_question_council on oversight_question (council_id, asked_on desc);
create index oversight_question_unit on oversight_question (council_id, addressed_unit_id);

create table oversight_commitment (
  id            uuid primary key,
  council_id    uuid not null references council (id),
  question_id   uuid not null references oversight_question (id),
  position      int not null,
  text          varchar(2000) not null,
  due_on        date not null,
  met_on        date,
  met_recorded_by varchar(200),
  created_at    timestamptz not null default now()
);
create index oversight_commitment_question on oversight_commitment (question_id, position);
create index oversight_commitment_due on oversight_commitment (council_id, due_on);

alter table oversight_question enable row level security;
alter table oversight_question force row level security;
create policy oversight_question_read on oversight_question for select using (app_can_read(council_id));
create policy oversight_question_write on oversight_question for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table oversight_commitment enable row level security;
alter table oversight_commitment force row level security;
create policy oversight_commitment_read on oversight_commitment for select using (app_can_read(council_id));
create policy oversight_commitment_write on oversight_commitment for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
