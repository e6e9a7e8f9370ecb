-- The public scope reads a plan task's public columns only, at the database level too (issue 17,
-- the public-columns review): its text, body, due date and status. The note, the person it is
-- assigned to, who created it and the folded match key stay with the council's staff. V71 let the
-- public scope read whole rows of public tasks; the application left those columns out of its
-- answers, the database did not.
--
-- As for petition meetings (V43): the table's reading policy is the staff's; the view
-- plan_task_visible runs with its owner's rights (this migration's role), which alone may read
-- public tasks in the public scope ("to current_user"), and it empties the private columns unless
-- the scope may read the council's private data. The application reads tasks through the view in
-- every scope and writes the table. The view repeats the row condition, so it stays correct where
-- the owner bypasses row-level security (a superuser).
drop policy plan_task_read on plan_task;
create policy plan_task_read on plan_task for select
  using (app_can_read_private(council_id));
create policy plan_task_public_view on plan_task for select to current_user
  using (is_public and app_can_read(council_id));

create view plan_task_visible with (security_barrier) as
  select id, council_id, plan_id, plan_version, text, serves, body, body_id, body_name,
         case when app_can_read_private(council_id) then assignee_delegate_id end as assignee_delegate_id,
         case when app_can_read_private(council_id) then assignee_user_id end as assignee_user_id,
         case when app_can_read_private(council_id) then assignee_name end as assignee_name,
         due_on, status,
         case when app_can_read_private(council_id) then note end as note,
         completed_on, is_public, created_on,
         case when app_can_read_private(council_id) then created_by else '' end as created_by,
         updated_at,
         case when app_can_read_private(council_id) then match_key end as match_key
  from plan_task
  where app_can_read_private(council_id) or (is_public and app_can_read(council_id));

grant select on plan_task_visible to "${appRole}";
