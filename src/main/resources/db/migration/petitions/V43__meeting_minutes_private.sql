-- The minutes of a voter-contact meeting (and the delegates' notes) stay with the council's staff
-- at the database level too (issue 15 §6). V41 let the public scope read whole petition_meeting
-- rows; now the public scope reads only the view petition_meeting_public, which has the columns
-- the public calendar and statistics need and empty minutes, delegates and author.
--
-- The view runs with its owner's rights (this migration's role). The policy "to current_user"
-- lets that role, and only it, see a council's meetings in the public scope; the application's
-- role reads the table through the staff policy of V40 alone. The view repeats the condition, so
-- it stays correct where the owner bypasses row-level security (a superuser).
drop policy petition_meeting_public_read on petition_meeting;
create policy petition_meeting_public_view on petition_meeting for select to current_user
  using (app_can_read(council_id));

create view petition_meeting_public with (security_barrier) as
  select id, council_id, title, delegate_group, ''::varchar as delegates, front_co_organiser, place, format,
         online_link, held_on, timing, session_reference, ''::text as minutes, demo, ''::varchar as created_by,
         created_at
  from petition_meeting
  where app_can_read(council_id);

grant select on petition_meeting_public to "${appRole}";
