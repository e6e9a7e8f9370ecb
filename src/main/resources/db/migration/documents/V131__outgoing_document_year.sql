-- City scale (docs/city-scale.md): the staff register's list of years and its year filter.
-- A document's year in the register: of its number, else of its creation (Vietnam's time), as
-- documents.internal.DocumentRepository.years and the ?year= filter read it. Kept as a stored
-- column so that "register_year < ?" is an index condition under row-level security (an
-- expression with timezone()/extract() is not leakproof, so PostgreSQL would only filter by it);
-- the years are then found by a loose index scan, one probe per year, instead of reading and
-- sorting every document of the council (126 ms for 6,700 documents under load, on every page).
alter table outgoing_document add column register_year int generated always as (
  coalesce(number_year, extract(year from (created_at at time zone 'Asia/Ho_Chi_Minh'))::int)) stored;
create index outgoing_document_year on outgoing_document (council_id, register_year desc);
