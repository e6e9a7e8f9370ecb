-- Voter-contact meetings are public events: voters are invited to them (Joint Resolution 72/2025).
-- Their rows become readable in a council's public scope, so that the council's calendar
-- (/{slug}/lich.ics) can list them; the public code paths read only the title, place, format,
-- online link and day, never the minutes or the petitions raised there (those stay staff-only).
create policy petition_meeting_public_read on petition_meeting for select using (app_can_read(council_id));
