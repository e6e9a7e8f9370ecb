-- People who sign in, machine clients, and the audit trail.

create table app_user (
  id              uuid primary key,
  council_id      uuid not null references council (id),   -- the city administrator belongs to the province council
  username        varchar(100) not null,
  password_hash   varchar(200) not null,
  full_name       varchar(200) not null,
  email           varchar(200),
  phone           varchar(30),
  roles           varchar(40)[] not null,
  enabled         boolean not null default true,
  failed_logins   int not null default 0,
  locked_until    timestamptz,
  totp_secret     varchar(64),                            -- base32; second factor enabled when set and confirmed
  totp_enabled    boolean not null default false,
  password_changed_at timestamptz not null default now(),
  last_login_at   timestamptz,
  demo            boolean not null default false,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create unique index app_user_username on app_user (lower(username));
create index app_user_council on app_user (council_id);

create table api_key (
  id            uuid primary key,
  council_id    uuid not null references council (id),
  user_id       uuid not null references app_user (id) on delete cascade,
  name          varchar(200) not null,
  prefix        varchar(16) not null unique,              -- public part, shown in lists
  secret_hash   varchar(64) not null,                     -- SHA-256 of the secret part, hex
  created_at    timestamptz not null default now(),
  last_used_at  timestamptz,
  expires_at    timestamptz,
  revoked_at    timestamptz
);
create index api_key_council on api_key (council_id);

-- Append-only, hash-chained audit trail: one chain per council.
create table audit_entry (
  council_id    uuid not null references council (id),
  seq           bigint not null,
  occurred_at   timestamptz not null,
  actor         varchar(200) not null,                    -- username, 'system' or 'anonymous'
  actor_address varchar(64),
  action        varchar(100) not null,
  subject_type  varchar(50) not null,
  subject_id    varchar(100) not null,
  details       text not null,                            -- canonical JSON, hashed as stored
  prev_hash     char(64) not null,
  hash          char(64) not null,
  primary key (council_id, seq)
);
create index audit_entry_subject on audit_entry (council_id, subject_type, subject_id);
create index audit_entry_time on audit_entry (council_id, occurred_at desc);

create table audit_chain_head (
  council_id uuid primary key references council (id),
  seq        bigint not null,
  hash       char(64) not null
);

create function audit_entry_is_append_only() returns trigger
  language plpgsql
  as $$ begin raise exception 'audit_entry is append-only'; end $$;
create trigger audit_entry_no_update before update or delete or truncate on audit_entry
  for each statement execute function audit_entry_is_append_only();
revoke update, delete, truncate on audit_entry from "${appRole}";

alter table app_user enable row level security;
alter table app_user force row level security;
create policy app_user_private on app_user for all
  using (app_can_read_private(council_id)) with check (app_can_write(council_id));

alter table api_key enable row level security;
alter table api_key force row level security;
create policy api_key_private on api_key for all
  using (app_can_read_private(council_id)) with check (app_can_write(council_id));

-- anyone acting in a council (even a citizen submitting a petition) leaves a trace; only staff read it
alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_read on audit_entry for select using (app_can_read_private(council_id));
create policy audit_entry_append on audit_entry for insert
  with check (council_id = app_council() or app_all_councils());

alter table audit_chain_head enable row level security;
alter table audit_chain_head force row level security;
create policy audit_chain_head_all on audit_chain_head for all
  using (council_id = app_council() or app_all_councils())
  with check (council_id = app_council() or app_all_councils());

-- HTTP sessions (Spring Session JDBC): instances stay stateless
create table spring_session (
  primary_id            char(36) not null primary key,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  primary key (session_primary_id, attribute_name)
);
