-- Rules of a council's organisation that the staff screens and the API maintain.

-- An ended mandate keeps its date and reason.
alter table delegate add column end_reason varchar(500);
alter table delegate add constraint delegate_ended_has_date check (status = 'ACTIVE' or ended_on is not null);

-- Within a term, a body's name is unique per kind and an issuer symbol belongs to one body.
create unique index council_body_name on council_body (term_id, kind, lower(name));
create unique index council_body_symbol on council_body (term_id, upper(symbol)) where symbol is not null;

-- One chair (standing committee, committee) or head (delegate group) per body at a time.
create unique index membership_one_leader on membership (body_id)
  where role in ('CHAIR', 'HEAD') and ends_on is null;

-- One People's Committee per council; its offices hang below it.
create unique index executive_unit_one_peoples_committee on executive_unit (council_id)
  where kind = 'PEOPLES_COMMITTEE';
