-- The notifications outbox: one row per message and channel, written in the transaction of the change
-- that caused it, delivered at least once by the delivery job (claimed with FOR UPDATE SKIP LOCKED and a
-- lease, so several instances may run it and a message whose sender died is taken again).
--   QUEUED   waiting for its first attempt (or for its channel to be configured)
--   SENDING  claimed by an instance until lease_until
--   RETRY    a passing fault; tried again at next_attempt_at
--   SENT     the provider accepted it
--   FAILED   a permanent fault or too many attempts; never retried (a clerk may resend it)

create table notification_message (
  id                 uuid primary key,
  council_id         uuid not null references council (id),
  idempotency_key    varchar(300) not null,
  account_id         uuid,                          -- the recipient's account; null for a voter's contact
  channel            varchar(10) not null check (channel in ('EMAIL', 'SMS', 'ZALO', 'WEB_PUSH')),
  address            varchar(300) not null,
  template           varchar(100) not null,
  language           varchar(5) not null check (language in ('vi', 'en')),
  subject            varchar(300) not null,
  body               varchar(4000) not null,
  link               varchar(1000),
  state              varchar(10) not null check (state in ('QUEUED', 'SENDING', 'SENT', 'RETRY', 'FAILED')),
  status_reason      varchar(500),
  attempts           int not null default 0,
  next_attempt_at    timestamptz not null,
  lease_until        timestamptz,
  claimed_by         varchar(100),
  provider_reference varchar(300),
  resent_from        uuid references notification_message (id),
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  sent_at            timestamptz,
  unique (council_id, idempotency_key, channel)
);
create index notification_message_due on notification_message (next_attempt_at)
  where state in ('QUEUED', 'RETRY');
create index notification_message_leased on notification_message (lease_until) where state = 'SENDING';
create index notification_message_council on notification_message (council_id, created_at desc);

alter table notification_message enable row level security;
alter table notification_message force row level security;
create policy notification_message_read on notification_message for select
  using (app_can_read_private(council_id));
create policy notification_message_write on notification_message for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
