-- The last TOTP time step accepted for an account: a code is accepted only once (RFC 6238 §5.2).
alter table app_user add column totp_last_step bigint not null default 0;
