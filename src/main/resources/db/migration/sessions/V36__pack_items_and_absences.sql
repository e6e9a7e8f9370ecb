-- A pack document may belong to one agenda item (the delegate reads each item with its papers),
-- and the clerk records who is absent, with or without leave ("vắng có lý do"), beside the
-- check-ins of the attendance table (present delegates stay there alone, so quorum and votes
-- read what they read before).

alter table pack_document add column agenda_item_id uuid references agenda_item (id) on delete set null;
create index pack_document_item on pack_document (agenda_item_id);

create table attendance_absence (
  council_id      uuid not null references council (id),
  session_id      uuid not null references council_session (id) on delete cascade,
  delegate_id     uuid not null,
  delegate_name   varchar(200) not null,
  excused         boolean not null,
  recorded_at     timestamptz not null,
  recorded_by     varchar(200) not null,
  primary key (session_id, delegate_id)
);

alter table attendance_absence enable row level security;
alter table attendance_absence force row level security;
create policy attendance_absence_read on attendance_absence for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and exists (
    select 1 from council_session s where s.id = session_id and s.state <> 'PLANNED')));
create policy attendance_absence_write on attendance_absence for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
