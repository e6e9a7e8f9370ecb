-- Tenant isolation: every tenant table carries council_id and a row-level security policy that
-- reads the scope set per transaction by TenantAwareTransactionManager.
--   app.council_id   the council in scope ('' or unset: none)
--   app.staff        'on' when staff of that council work (non-public rows visible)
--   app.all_councils 'on' for installation-wide work (set-up, city admin, authentication)

create function app_council() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.council_id', true), '')::uuid $$;

create function app_staff() returns boolean
  language sql stable
  as $$ select coalesce(current_setting('app.staff', true), '') = 'on' $$;

create function app_all_councils() returns boolean
  language sql stable
  as $$ select coalesce(current_setting('app.all_councils', true), '') = 'on' $$;

-- rows anyone may read when the council is in scope
create function app_can_read(row_council uuid) returns boolean
  language sql stable
  as $$ select row_council = app_council() or app_all_councils() $$;

-- rows only the council's own staff (or installation-wide work) may read
create function app_can_read_private(row_council uuid) returns boolean
  language sql stable
  as $$ select (row_council = app_council() and app_staff()) or app_all_councils() $$;

-- rows that may be written: staff of the council, or installation-wide work
create function app_can_write(row_council uuid) returns boolean
  language sql stable
  as $$ select (row_council = app_council() and app_staff()) or app_all_councils() $$;

-- The application connects as ${appRole}: it owns nothing and is granted only data access.
grant usage on schema public to "${appRole}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema public grant usage, select on sequences to "${appRole}";
alter default privileges in schema public grant execute on functions to "${appRole}";
