-- A session's live position (issue 20 §1): a counter moved by every change its live stream shows (a vote
-- opened or closed, a ballot, a check-in, the agenda, the speakers' list), in the changing transaction,
-- just before it commits. It is the id of the live stream's events on every instance: a viewer that
-- reconnects to any instance with Last-Event-ID gets the current state when the position has moved since.
-- The row lock orders the changes of one session by commit, so a state read after reading position P
-- holds every change up to P. Every change notifies channel session_live ('council session position').

create table session_live (
  council_id  uuid not null references council (id),
  session_id  uuid primary key,
  position    bigint not null,
  foreign key (council_id, session_id) references council_session (council_id, id) on delete cascade
);

alter table session_live enable row level security;
alter table session_live force row level security;
-- the position says only that something changed: anyone acting in the council's scope (staff, a
-- delegate, a citizen watching the public page) may read it, and whoever changes the session moves it
create policy session_live_read on session_live for select using (app_can_read(council_id));
create policy session_live_write on session_live for all
  using (app_can_read(council_id)) with check (app_can_read(council_id));
