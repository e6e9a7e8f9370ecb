-- Webhooks: other agencies' systems subscribe to a council's events (docs/webhooks.md). Each event
-- becomes one delivery per matching subscription; the delivery job POSTs it, signed with the
-- subscription's secret, until a 2xx answer or the retry limits; every attempt is kept.

create table webhook_subscription (
  id             uuid primary key,
  council_id     uuid not null references council (id),
  url            varchar(2000) not null,
  events         varchar(40)[] not null,
  secret_sealed  varchar(500) not null,             -- AES-GCM (see SecretSealing), never shown
  api_key_id     uuid references api_key (id) on delete set null,
  active         boolean not null default true,
  created_by     varchar(200) not null,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now()
);
create index webhook_subscription_council on webhook_subscription (council_id, created_at);

create table webhook_delivery (
  id               uuid primary key,
  council_id       uuid not null references council (id),
  subscription_id  uuid not null references webhook_subscription (id) on delete cascade,
  event            varchar(40) not null,
  event_key        varchar(200) not null,           -- the source event, so a re-published one is not doubled
  body             text not null,                   -- the exact bytes signed and sent (UTF-8)
  state            varchar(12) not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
  attempts         int not null default 0,           -- attempts in this round (since started_at)
  next_attempt_at  timestamptz,
  leased_until     timestamptz,                     -- claimed by a job until then
  replayed         boolean not null default false,
  last_status      int,
  last_error       varchar(1000),
  created_at       timestamptz not null default now(),
  started_at       timestamptz not null default now(),  -- when this round of attempts began (creation or replay)
  delivered_at     timestamptz,
  unique (subscription_id, event_key)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at desc);

create table webhook_attempt (
  id            uuid primary key,
  council_id    uuid not null references council (id),
  delivery_id   uuid not null references webhook_delivery (id) on delete cascade,
  number        int not null,
  attempted_at  timestamptz not null,
  status_code   int,
  duration_ms   int not null,
  error         varchar(1000),
  replay        boolean not null default false
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, number);

alter table webhook_subscription enable row level security;
alter table webhook_subscription force row level security;
create policy webhook_subscription_read on webhook_subscription for select
  using (app_can_read_private(council_id));
create policy webhook_subscription_write on webhook_subscription for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy webhook_delivery_read on webhook_delivery for select
  using (app_can_read_private(council_id));
create policy webhook_delivery_write on webhook_delivery for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table webhook_attempt enable row level security;
alter table webhook_attempt force row level security;
create policy webhook_attempt_read on webhook_attempt for select
  using (app_can_read_private(council_id));
create policy webhook_attempt_write on webhook_attempt for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
