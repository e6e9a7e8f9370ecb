-- Web push: the browsers a person allowed to receive notifications (RFC 8030 push service
-- endpoint and the RFC 8291 keys the browser gave). A row is private to its account: the
-- application names the account it works for in 'app.push_account' inside the transaction, and
-- only that account's rows are readable, insertable or removable (staff of the same council do
-- not see each other's subscriptions).

create function app_push_account() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.push_account', true), '')::uuid $$;

create table push_subscription (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  account_id  uuid not null references app_user (id) on delete cascade,
  endpoint    varchar(2000) not null,
  p256dh      varchar(200) not null,   -- the browser's P-256 public key, base64url (65 bytes uncompressed)
  auth        varchar(50) not null,    -- the browser's 16-byte authentication secret, base64url
  created     timestamptz not null default now(),
  unique (account_id, endpoint)
);
create index push_subscription_account on push_subscription (account_id);

alter table push_subscription enable row level security;
alter table push_subscription force row level security;
create policy push_subscription_read on push_subscription for select
  using (app_can_read_private(council_id) and account_id = app_push_account());
create policy push_subscription_insert on push_subscription for insert
  with check (app_can_write(council_id) and account_id = app_push_account());
create policy push_subscription_update on push_subscription for update
  using (app_can_write(council_id) and account_id = app_push_account())
  with check (app_can_write(council_id) and account_id = app_push_account());
create policy push_subscription_delete on push_subscription for delete
  using (app_can_write(council_id) and account_id = app_push_account());
