-- Foreign keys between two tenant tables include council_id (issue 17, finding 13): a row of one
-- council can no longer point to a row of another. For every foreign key whose table and
-- referenced table both have council_id and whose columns leave it out:
--   1. existing rows are checked first: a row pointing into another council stops the migration
--      with the table, the constraint and the number of such rows (nothing is changed or lost;
--      fix the rows, then start again);
--   2. the referenced table gets UNIQUE (council_id, <referenced columns>) unless it has one;
--   3. the key is replaced by (council_id, <columns>) -> (council_id, <referenced columns>) with
--      the same ON DELETE / ON UPDATE actions (SET NULL / SET DEFAULT name only the old columns,
--      so council_id itself is never cleared) and the same deferrability.
-- Keys to accounts (app_user) are left as they are: an account belongs to one council, but the
-- city administrator's (the province council's) works in every council, and rows of a commune
-- council name it (its calendar feed there, what it did there).
-- Keys created later by other migrations are caught by CouncilForeignKeysIntegrationTest.
do $$
declare
  fk record;
  child_cols text;
  parent_cols text;
  join_cond text;
  bad bigint;
  unique_name text;
  action_del text;
  action_upd text;
begin
  for fk in
    select c.oid, c.conname, c.conrelid, c.confrelid, c.conkey, c.confkey, c.confdeltype, c.confupdtype,
           c.condeferrable, c.condeferred,
           c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c
      join pg_namespace n on n.oid = c.connamespace
     where c.contype = 'f'
       and n.nspname = current_schema()
       and c.confrelid <> 'app_user'::regclass
       and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'council_id' and not a.attisdropped)
       and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'council_id' and not a.attisdropped)
       and not exists (select 1 from pg_attribute a
                        where a.attrelid = c.conrelid and a.attname = 'council_id' and a.attnum = any (c.conkey))
     order by c.conrelid::regclass::text, c.conname
  loop
    select string_agg(quote_ident(a.attname), ', ' order by k.ord) into child_cols
      from unnest(fk.conkey) with ordinality k(attnum, ord)
      join pg_attribute a on a.attrelid = fk.conrelid and a.attnum = k.attnum;
    select string_agg(quote_ident(a.attname), ', ' order by k.ord) into parent_cols
      from unnest(fk.confkey) with ordinality k(attnum, ord)
      join pg_attribute a on a.attrelid = fk.confrelid and a.attnum = k.attnum;
    select string_agg('c.' || quote_ident(ca.attname) || ' = p.' || quote_ident(pa.attname), ' and ' order by k.ord)
      into join_cond
      from unnest(fk.conkey, fk.confkey) with ordinality k(cnum, pnum, ord)
      join pg_attribute ca on ca.attrelid = fk.conrelid and ca.attnum = k.cnum
      join pg_attribute pa on pa.attrelid = fk.confrelid and pa.attnum = k.pnum;

    execute format('select count(*) from %s c join %s p on %s where c.council_id is distinct from p.council_id',
                   fk.child, fk.parent, join_cond) into bad;
    if bad > 0 then
      raise exception 'V119: % row(s) of % point through % to a row of % in another council; fix them first',
        bad, fk.child, fk.conname, fk.parent;
    end if;

    if not exists (
      select 1 from pg_index i
       where i.indrelid = fk.confrelid and i.indisunique and i.indpred is null and i.indexprs is null
         and i.indnatts = array_length(fk.confkey, 1) + 1
         and (select array_agg(x order by x) from unnest(i.indkey::int2[]) x)
           = (select array_agg(x order by x) from unnest(fk.confkey || (select a.attnum from pg_attribute a
                where a.attrelid = fk.confrelid and a.attname = 'council_id')) x)
    ) then
      unique_name := left(replace(fk.parent, '.', '_'), 40) || '_council_' || substr(md5(parent_cols), 1, 8) || '_key';
      execute format('alter table %s add constraint %I unique (council_id, %s)', fk.parent, unique_name, parent_cols);
    end if;

    action_del := case fk.confdeltype
      when 'c' then 'on delete cascade' when 'r' then 'on delete restrict'
      when 'n' then format('on delete set null (%s)', child_cols)
      when 'd' then format('on delete set default (%s)', child_cols)
      else '' end;
    action_upd := case fk.confupdtype
      when 'c' then 'on update cascade' when 'r' then 'on update restrict'
      else '' end;

    execute format('alter table %s drop constraint %I', fk.child, fk.conname);
    execute format('alter table %s add constraint %I foreign key (council_id, %s) references %s (council_id, %s) %s %s %s',
                   fk.child, fk.conname, child_cols, fk.parent, parent_cols, action_del, action_upd,
                   case when fk.condeferrable then
                     'deferrable initially ' || case when fk.condeferred then 'deferred' else 'immediate' end
                   else '' end);
  end loop;
end $$;
