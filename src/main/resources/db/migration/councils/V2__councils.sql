-- The councils of the installation (the tenants themselves) and their organisation.

create table council (
  id            uuid primary key,
  code          varchar(10) not null unique,        -- administrative-unit code ('11140'; province: '31')
  name          varchar(200) not null,               -- 'Xã Lạc Phượng'
  type          varchar(20) not null check (type in ('XA', 'PHUONG', 'DAC_KHU', 'TINH', 'THANH_PHO')),
  slug          varchar(100) not null unique,
  province_code varchar(10) not null,
  parent_id     uuid references council (id),
  search_text   varchar(400) not null,               -- folded name for diacritic-free look-up
  created_at    timestamptz not null default now()
);
comment on table council is 'Registry of tenants: public, not itself tenant-owned.';

-- Legislative term (khóa / nhiệm kỳ)
create table term (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  name        varchar(100) not null,                 -- 'Nhiệm kỳ 2026–2031'
  starts_on   date not null,
  ends_on     date,
  is_current  boolean not null default false,
  created_at  timestamptz not null default now(),
  check (ends_on is null or ends_on >= starts_on)
);
create unique index term_one_current on term (council_id) where is_current;
create index term_council on term (council_id);

-- Standing committee, committees (Ban) and delegate groups (Tổ đại biểu) of a term
create table council_body (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  term_id     uuid not null references term (id),
  kind        varchar(30) not null check (kind in ('STANDING_COMMITTEE', 'COMMITTEE', 'DELEGATE_GROUP')),
  name        varchar(200) not null,
  symbol      varchar(30),                            -- issuer symbol on documents: 'TTHĐND', 'BKTNS'
  description varchar(2000),
  position    int not null default 0,
  created_at  timestamptz not null default now()
);
create index council_body_council on council_body (council_id, term_id);
create unique index council_body_one_standing on council_body (term_id) where kind = 'STANDING_COMMITTEE';

create table delegate (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  term_id     uuid not null references term (id),
  full_name   varchar(200) not null,
  search_text varchar(400) not null,
  gender      varchar(10) check (gender in ('NAM', 'NU', 'KHAC')),
  birth_year  int check (birth_year between 1900 and 2100),
  position    varchar(300),                           -- public: title and workplace
  user_id     uuid,                                   -- the delegate's own account, if any
  status      varchar(20) not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED')),
  ended_on    date,
  demo        boolean not null default false,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create index delegate_council on delegate (council_id, term_id);
create unique index delegate_user on delegate (user_id) where user_id is not null;

-- Personal contact data of a delegate: staff of the council only, every read audited
create table delegate_contact (
  delegate_id uuid primary key references delegate (id) on delete cascade,
  council_id  uuid not null references council (id),
  email       varchar(200),
  phone       varchar(30),
  address     varchar(500),
  updated_at  timestamptz not null default now()
);
create index delegate_contact_council on delegate_contact (council_id);

create table membership (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  body_id     uuid not null references council_body (id) on delete cascade,
  delegate_id uuid not null references delegate (id) on delete cascade,
  role        varchar(20) not null check (role in ('CHAIR', 'VICE_CHAIR', 'HEAD', 'DEPUTY_HEAD', 'MEMBER')),
  starts_on   date,
  ends_on     date,
  created_at  timestamptz not null default now(),
  unique (body_id, delegate_id)
);
create index membership_council on membership (council_id);

-- People's Committee (UBND) and its units that receive petitions, questions and documents
create table executive_unit (
  id          uuid primary key,
  council_id  uuid not null references council (id),
  parent_id   uuid references executive_unit (id),
  name        varchar(300) not null,
  kind        varchar(20) not null check (kind in ('PEOPLES_COMMITTEE', 'OFFICE', 'CENTRE', 'OTHER')),
  email       varchar(200),
  phone       varchar(30),
  active      boolean not null default true,
  created_at  timestamptz not null default now()
);
create index executive_unit_council on executive_unit (council_id);

alter table term enable row level security;
alter table term force row level security;
create policy term_read on term for select using (app_can_read(council_id));
create policy term_write on term for all using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table council_body enable row level security;
alter table council_body force row level security;
create policy council_body_read on council_body for select using (app_can_read(council_id));
create policy council_body_write on council_body for all using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table delegate enable row level security;
alter table delegate force row level security;
create policy delegate_read on delegate for select using (app_can_read(council_id));
create policy delegate_write on delegate for all using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table delegate_contact enable row level security;
alter table delegate_contact force row level security;
create policy delegate_contact_private on delegate_contact for all
  using (app_can_read_private(council_id)) with check (app_can_write(council_id));

alter table membership enable row level security;
alter table membership force row level security;
create policy membership_read on membership for select using (app_can_read(council_id));
create policy membership_write on membership for all using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table executive_unit enable row level security;
alter table executive_unit force row level security;
create policy executive_unit_read on executive_unit for select using (app_can_read(council_id));
create policy executive_unit_write on executive_unit for all using (app_can_write(council_id)) with check (app_can_write(council_id));
