-- Outgoing documents (văn bản đi), their numbering series and the outgoing register (Decree 30).

create table outgoing_document (
  id              uuid primary key,
  council_id      uuid not null references council (id),
  type_code       varchar(10) not null,                 -- 'KH', 'NQ', 'CV' (công văn)
  issuer_symbol   varchar(30) not null,                 -- 'TTHĐND', 'HĐND', a committee's symbol
  unit_symbol     varchar(30),                          -- công văn: the drafting unit ('VP')
  normative       boolean not null default false,       -- a normative resolution: own series, year in the number
  subject         varchar(1000) not null,               -- trích yếu
  signer_name     varchar(200) not null,
  signer_position varchar(200) not null,
  recipients      varchar(4000) not null default '',    -- nơi nhận, one per line
  status          varchar(20) not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'ISSUED', 'RECALLED')),
  original_sha256 char(64) not null,
  original_name   varchar(255) not null,
  original_size   bigint not null,
  page_count      int not null,
  signed_sha256   char(64),
  signed_size     bigint,
  number          int,
  number_year     int,
  number_symbol   varchar(80),
  issue_date      date,
  issued_at       timestamptz,
  submitted_by    varchar(200),
  approved_by     varchar(200),
  approved_at     timestamptz,
  recall_reason   varchar(2000),
  recalled_at     timestamptz,
  demo            boolean not null default false,
  created_by      varchar(200) not null,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  check ((status in ('ISSUED', 'RECALLED')) = (number is not null and signed_sha256 is not null and issued_at is not null))
);
create index outgoing_document_council on outgoing_document (council_id, created_at desc);
create index outgoing_document_issued on outgoing_document (council_id, issue_date desc) where number is not null;

-- One counter per numbering series: council, issuer, year (Vietnam time) and series kind.
-- Taken with INSERT … ON CONFLICT … DO UPDATE … RETURNING inside the issuing transaction, so the
-- row stays locked until commit: no gaps (a rollback gives the number back), no duplicates.
create table document_series (
  council_id     uuid not null references council (id),
  issuer_symbol  varchar(30) not null,
  year           int not null check (year between 1945 and 9999),
  series         varchar(20) not null check (series in ('REGULAR', 'NORMATIVE')),
  last_number    int not null check (last_number >= 0),
  primary key (council_id, issuer_symbol, year, series)
);

-- Sổ đăng ký văn bản đi: one entry per issued document, the numbers' backstop.
create table outgoing_register (
  id             uuid primary key,
  council_id     uuid not null references council (id),
  document_id    uuid not null unique references outgoing_document (id),
  issuer_symbol  varchar(30) not null,
  year           int not null,
  series         varchar(20) not null check (series in ('REGULAR', 'NORMATIVE')),
  number         int not null check (number > 0),
  number_symbol  varchar(80) not null,
  issue_date     date not null,
  type_code      varchar(10) not null,
  subject        varchar(1000) not null,
  signer_name    varchar(200) not null,
  recipients     varchar(4000) not null default '',
  registered_at  timestamptz not null default now(),
  unique (council_id, issuer_symbol, year, series, number)
);

alter table outgoing_document enable row level security;
alter table outgoing_document force row level security;
-- private to the council's staff until issued; issued documents are public
create policy outgoing_document_read on outgoing_document for select
  using (app_can_read_private(council_id) or (status = 'ISSUED' and app_can_read(council_id)));
create policy outgoing_document_write on outgoing_document for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table document_series enable row level security;
alter table document_series force row level security;
create policy document_series_read on document_series for select using (app_can_read_private(council_id));
create policy document_series_write on document_series for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table outgoing_register enable row level security;
alter table outgoing_register force row level security;
create policy outgoing_register_read on outgoing_register for select using (app_can_read_private(council_id));
create policy outgoing_register_write on outgoing_register for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
