-- The Spring Modulith event publication registry (schema v2 for PostgreSQL, as shipped in
-- spring-modulith-events-jdbc 2.0.3: schemas/v2/schema-postgresql.sql). Every event handed to an
-- @ApplicationModuleListener (or any @TransactionalEventListener after commit) is written here in
-- the publishing transaction and marked complete when the listener succeeded, so an event
-- survives a crash and is published again on restart (search indexing relies on it).
--
-- Not a tenant table: it holds the serialised events of every council and is read only by the
-- registry itself, never by a request. The application role gets data access through the
-- default privileges of V1 (select, insert, update, delete).

create table event_publication (
  id                     uuid not null,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
