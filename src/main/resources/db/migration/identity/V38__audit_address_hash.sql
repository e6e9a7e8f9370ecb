-- The audit trail no longer keeps a client's network address (issue 15 §6; docs/audit.md): an
-- anonymous petitioner's IP address stood forever next to the tracking code. Each entry's address
-- is now kept apart from the chained entry, as a truncated keyed hash (HMAC-SHA-256 with the
-- installation's own key, 16 hexadecimal digits), and deleted after the retention period
-- (hdnd.audit.address-retention, 90 days by default) by a daily job.
--
-- The address was never part of an entry's hash (identity.audit.AuditHash), so moving it out of
-- audit_entry leaves every chain verifiable. The addresses recorded so far move here unhashed
-- (hashed = false); the job's first run hashes them with the key, which a migration cannot read.

create table audit_address (
  council_id   uuid not null,
  seq          bigint not null,
  address_hash varchar(64) not null,          -- hashed: 16 hex digits of the HMAC; not yet hashed: the address
  hashed       boolean not null default true,
  recorded_at  timestamptz not null,
  primary key (council_id, seq),
  foreign key (council_id, seq) references audit_entry (council_id, seq) on delete cascade
);
create index audit_address_recorded on audit_address (recorded_at);

alter table audit_address enable row level security;
alter table audit_address force row level security;
create policy audit_address_read on audit_address for select using (app_can_read_private(council_id));
-- written where the entry is appended (even in a council's public scope), cleared by the job
create policy audit_address_append on audit_address for insert
  with check (council_id = app_council() or app_all_councils());
create policy audit_address_update on audit_address for update
  using (app_all_councils()) with check (app_all_councils());
create policy audit_address_delete on audit_address for delete using (app_all_councils());

-- this migration reads every council's entries
select set_config('app.all_councils', 'on', true);

insert into audit_address (council_id, seq, address_hash, hashed, recorded_at)
  select council_id, seq, actor_address, false, occurred_at from audit_entry where actor_address is not null;

alter table audit_entry drop column actor_address;
