-- Incoming documents (văn bản đến), their arrival numbers (số đến) and follow-up (Decree 30).

-- One counter per council and year (Vietnam time): taken with INSERT … ON CONFLICT … DO UPDATE …
-- RETURNING inside the registering transaction, so it stays locked until commit: no gaps (a
-- rollback gives the number back), no duplicates.
create table arrival_series (
  council_id   uuid not null references council (id),
  year         int not null check (year between 1945 and 9999),
  last_number  int not null check (last_number >= 0),
  primary key (council_id, year)
);

create table incoming_document (
  id                   uuid primary key,
  council_id           uuid not null references council (id),
  arrival_year         int not null,
  arrival_number       int not null check (arrival_number > 0),
  received_on          date not null,
  issuing_body         varchar(300) not null,               -- cơ quan ban hành (tác giả)
  number_symbol        varchar(80) not null,                -- its số, ký hiệu: '45/BC-UBND'
  document_date        date not null,
  type_code            varchar(10) not null,
  subject              varchar(1000) not null,              -- trích yếu
  urgency              varchar(20) not null check (urgency in ('NORMAL', 'URGENT', 'VERY_URGENT', 'FLASH')),
  status               varchar(20) not null check (status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'DONE')),
  handler_user_id      uuid,
  handler_name         varchar(200),
  deadline             date,
  assigned_on          date,                                -- ngày chuyển
  progress_note        varchar(2000),                       -- the latest progress, for the follow-up register
  reply_number_symbol  varchar(80),
  completed_at         timestamptz,
  file_id              uuid not null references stored_file (id),
  file_sha256          char(64) not null,
  file_name            varchar(255) not null,
  page_count           int not null,
  signature_count      int not null check (signature_count >= 0),
  signature_status     varchar(20) not null check (signature_status in ('UNSIGNED', 'VALID', 'INDETERMINATE', 'INVALID')),
  signer_names         varchar(2000) not null default '',   -- one per line
  duplicate_of         uuid references incoming_document (id),
  demo                 boolean not null default false,
  created_by           varchar(200) not null,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  unique (council_id, arrival_year, arrival_number),
  check ((status = 'DONE') = (completed_at is not null)),
  check (status = 'RECEIVED' or handler_user_id is not null)
);
create index incoming_document_council on incoming_document (council_id, arrival_year desc, arrival_number desc);
create index incoming_document_duplicates
  on incoming_document (council_id, lower(number_symbol), lower(issuing_body), extract(year from document_date));
create index incoming_document_open on incoming_document (council_id, deadline) where status <> 'DONE';

alter table arrival_series enable row level security;
alter table arrival_series force row level security;
create policy arrival_series_read on arrival_series for select using (app_can_read_private(council_id));
create policy arrival_series_write on arrival_series for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table incoming_document enable row level security;
alter table incoming_document force row level security;
create policy incoming_document_read on incoming_document for select using (app_can_read_private(council_id));
create policy incoming_document_write on incoming_document for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
