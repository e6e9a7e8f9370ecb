-- The access token of each council's Zalo Official Account and the refresh token that renews it.
-- Zalo's access tokens expire (about 25 hours) and each refresh token is used once (the renewal
-- answers a new one), so the pair lives here, sealed with AES-256-GCM (the key in the data directory
-- or HDND_NOTIFICATIONS_ZALO_TOKEN_KEY): a database dump alone does not reveal them.

create table zalo_oa_token (
  council_id     uuid primary key references council (id),
  access_token   text not null,               -- sealed
  refresh_token  text not null,               -- sealed
  expires_at     timestamptz not null,
  renewed_at     timestamptz not null,
  seed           varchar(64) not null          -- fingerprint of the configured refresh token it started from
);

alter table zalo_oa_token enable row level security;
alter table zalo_oa_token force row level security;
create policy zalo_oa_token_read on zalo_oa_token for select
  using (app_can_read_private(council_id));
create policy zalo_oa_token_write on zalo_oa_token for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
