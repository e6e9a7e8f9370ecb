-- A petition's point on the map (latitude/longitude, optional) may lie outside the council's area
-- (hdnd.map.areas / hdnd.map.default-area): the petition is kept and flagged for the clerk.
-- Anonymising the petition removes the point and the flag with it.
alter table petition add column outside_area boolean not null default false;
create index petition_located on petition (issue_id) where latitude is not null and not outside_area;
