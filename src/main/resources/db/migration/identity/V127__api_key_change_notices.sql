-- Every instance keeps the API keys it verified a moment ago (identity.internal.VerifiedKeys), so
-- a ballot needs no connection for its key. Whatever could refuse a kept key tells every instance
-- at commit (NOTIFY is delivered at commit, never for a rolled-back change), whichever code path
-- or tool changed the row: a key revoked, its expiry, scopes or secret changed, or deleted
-- ('key:<prefix>'); an account disabled, its roles, council, name or username changed, or deleted
-- ('user:<id>'). Sign-in bookkeeping (failed logins, last login, lock, password) notifies nothing.

create function api_key_changed() returns trigger
  language plpgsql
  as $$
begin
  perform pg_notify('api_key_change', 'key:' || old.prefix);
  return null;
end $$;

create trigger api_key_change_notice
  after update on api_key
  for each row
  when (old.revoked_at is distinct from new.revoked_at
        or old.expires_at is distinct from new.expires_at
        or old.scopes is distinct from new.scopes
        or old.secret_hash is distinct from new.secret_hash
        or old.prefix is distinct from new.prefix
        or old.user_id is distinct from new.user_id
        or old.council_id is distinct from new.council_id)
  execute function api_key_changed();

create trigger api_key_delete_notice
  after delete on api_key
  for each row
  execute function api_key_changed();

create function app_user_changed_for_keys() returns trigger
  language plpgsql
  as $$
begin
  perform pg_notify('api_key_change', 'user:' || old.id::text);
  return null;
end $$;

create trigger app_user_key_notice
  after update on app_user
  for each row
  when (old.enabled is distinct from new.enabled
        or old.roles is distinct from new.roles
        or old.council_id is distinct from new.council_id
        or old.username is distinct from new.username
        or old.full_name is distinct from new.full_name)
  execute function app_user_changed_for_keys();

create trigger app_user_delete_key_notice
  after delete on app_user
  for each row
  execute function app_user_changed_for_keys();
