-- One person, one delegate (issue 14, item 8). Until now every DELEGATE account registered a new
-- delegate under the account's full name, also for a person already on the roll, so the count that
-- majorities and quorum use grew with every account. This merges such duplicates: an account's
-- delegate that the account created (no gender, birth year or position of its own) and exactly one
-- other delegate of the same council and term with the same full name and no account are one person.
-- The account moves to the delegate on the roll; what the duplicate did (ballots, entitlement,
-- attendance, notices, seats, contact, plan tasks) moves with it, keeping the roll's row where both
-- have one; then the duplicate goes. Results already stored with closed votes stay as counted.
-- Same names that are ambiguous (two delegates without account) are left alone.

select set_config('app.all_councils', 'on', true);

create temporary table delegate_merge on commit drop as
select dup.id as duplicate_id, keep.id as keep_id, dup.user_id as user_id
from delegate dup
join delegate keep
  on keep.council_id = dup.council_id and keep.term_id = dup.term_id and keep.id <> dup.id
 and lower(keep.full_name) = lower(dup.full_name) and keep.user_id is null
where dup.user_id is not null
  and dup.gender is null and dup.birth_year is null and dup.position is null
  and (select count(*) from delegate other
       where other.council_id = dup.council_id and other.term_id = dup.term_id and other.id <> dup.id
         and lower(other.full_name) = lower(dup.full_name) and other.user_id is null) = 1;

-- ballots: one per item and delegate
delete from ballot b using delegate_merge m
 where b.delegate_id = m.duplicate_id
   and exists (select 1 from ballot k where k.item_id = b.item_id and k.delegate_id = m.keep_id);
update ballot b set delegate_id = m.keep_id from delegate_merge m where b.delegate_id = m.duplicate_id;

delete from vote_entitlement e using delegate_merge m
 where e.delegate_id = m.duplicate_id
   and exists (select 1 from vote_entitlement k where k.item_id = e.item_id and k.delegate_id = m.keep_id);
update vote_entitlement e set delegate_id = m.keep_id from delegate_merge m where e.delegate_id = m.duplicate_id;

delete from attendance a using delegate_merge m
 where a.delegate_id = m.duplicate_id
   and exists (select 1 from attendance k where k.session_id = a.session_id and k.delegate_id = m.keep_id);
update attendance a set delegate_id = m.keep_id from delegate_merge m where a.delegate_id = m.duplicate_id;

delete from session_notice n using delegate_merge m
 where n.delegate_id = m.duplicate_id
   and exists (select 1 from session_notice k
               where k.session_id = n.session_id and k.delegate_id = m.keep_id and k.channel = n.channel);
update session_notice n set delegate_id = m.keep_id from delegate_merge m where n.delegate_id = m.duplicate_id;

delete from membership s using delegate_merge m
 where s.delegate_id = m.duplicate_id
   and exists (select 1 from membership k where k.body_id = s.body_id and k.delegate_id = m.keep_id);
update membership s set delegate_id = m.keep_id from delegate_merge m where s.delegate_id = m.duplicate_id;

insert into delegate_contact (delegate_id, council_id, email, phone, address)
select m.keep_id, c.council_id, c.email, c.phone, c.address
from delegate_contact c join delegate_merge m on c.delegate_id = m.duplicate_id
on conflict (delegate_id) do nothing;

-- plan tasks exist from V71 on (on a new database this runs first, with nothing to merge)
do $$
begin
  if to_regclass('plan_task') is not null then
    execute 'update plan_task t set assignee_delegate_id = m.keep_id from delegate_merge m
             where t.assignee_delegate_id = m.duplicate_id';
  end if;
end $$;

delete from delegate d using delegate_merge m where d.id = m.duplicate_id;
update delegate d set user_id = m.user_id, updated_at = now() from delegate_merge m where d.id = m.keep_id;
