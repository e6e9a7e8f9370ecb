-- A published petition issue is public, but not all of its row (issue 15 §6): the answer as the
-- competent body wrote it (answer_text, which may name the voter, their telephone or address) and
-- the clerk who recorded it (answered_by) stay with the council's staff at the database level.
-- V40 let the public scope read whole published rows; now the application's role reads the table
-- through the staff policy alone, and the public scope reads the view petition_issue_public, whose
-- answer_text is the de-identified published_text and whose answered_by is empty.
--
-- A repeatable migration: the numbers this change was given (V37-V39) sort before V40, which
-- creates the table, and Flyway runs repeatable migrations after every versioned one. Each
-- statement can run again (when this file changes).
--
-- As in V43, the view runs with its owner's rights (this migration's role); the policy "to
-- current_user" lets that role, and only it, see published issues in the public scope, and the
-- view repeats the condition for an owner that bypasses row-level security.
drop policy if exists petition_issue_read on petition_issue;
drop policy if exists petition_issue_public_view on petition_issue;
create policy petition_issue_read on petition_issue for select using (app_can_read_private(council_id));
create policy petition_issue_public_view on petition_issue for select to current_user
  using (published_at is not null and app_can_read(council_id));

drop view if exists petition_issue_public;
create view petition_issue_public with (security_barrier) as
  select id, council_id, title, field, level, status, complaint, petition_count, body_kind, executive_unit_id,
         body_name, transferred_on, deadline, reminded_at, escalated_at, answer_class,
         published_text as answer_text, answer_promised_on, answered_on, ''::varchar as answered_by, publish_by,
         published_at, published_text, period, carried_over, demo, created_at, updated_at, escalation_holder,
         step_deadline, reopened_count, last_reopened_on
  from petition_issue
  where published_at is not null and app_can_read(council_id);

grant select on petition_issue_public to "${appRole}";
