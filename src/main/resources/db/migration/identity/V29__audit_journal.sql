-- Group commit of the audit trail (docs/decisions/0007-audit-group-commit.md): a business
-- transaction writes its audit entry here, with no lock on the council's chain head; the sealer
-- links the committed journal entries into the council's chain (audit_entry) in batches, one lock
-- of the chain head and one commit per batch, and deletes them from the journal in the same
-- transaction, so each entry enters the chain exactly once.
create table audit_journal (
  id            bigint generated always as identity primary key,  -- the order of sealing
  council_id    uuid not null references council (id),
  occurred_at   timestamptz not null,
  actor         varchar(200) not null,
  actor_address varchar(64),
  action        varchar(100) not null,
  subject_type  varchar(50) not null,
  subject_id    varchar(100) not null,
  details       text not null
);
create index audit_journal_council on audit_journal (council_id, id);

-- whoever acts in a council writes its line (like audit_entry); only the installation-wide sealer
-- reads and removes journal lines, and nobody changes one
alter table audit_journal enable row level security;
alter table audit_journal force row level security;
create policy audit_journal_append on audit_journal for insert
  with check (council_id = app_council() or app_all_councils());
create policy audit_journal_seal on audit_journal for select using (app_all_councils());
create policy audit_journal_sealed on audit_journal for delete using (app_all_councils());
revoke update, truncate on audit_journal from "${appRole}";
