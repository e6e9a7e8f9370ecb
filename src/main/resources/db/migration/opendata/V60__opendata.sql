-- Open data: datasets of a council, their imported versions and rows, import jobs, bulk exports.

create table dataset (
  id                uuid primary key,
  council_id        uuid not null references council (id),
  title             varchar(300) not null,
  description       varchar(4000) not null default '',
  source            varchar(500) not null default '',
  period            varchar(100) not null default '',
  licence           varchar(200) not null,
  theme             varchar(20) not null check (theme in ('BUDGET', 'LAND_USE', 'INVESTMENT', 'POPULATION', 'OTHER')),
  latest_version    int not null default 0,
  published_version int,
  published_at      timestamptz,                       -- the explicit act of publishing (first time)
  updated_at        timestamptz not null default now(),
  demo              boolean not null default false,
  created_by        varchar(200) not null,
  created_at        timestamptz not null default now(),
  check ((published_version is null) = (published_at is null))
);
create index dataset_council on dataset (council_id, updated_at desc);

-- One import of a file into a dataset; a re-import is a new version, the old ones stay.
create table dataset_version (
  id             uuid primary key,
  council_id     uuid not null references council (id),
  dataset_id     uuid not null references dataset (id),
  number         int not null check (number > 0),
  file_name      varchar(255) not null,
  file_sha256    char(64) not null,
  mapping_sha256 char(64) not null,
  format         varchar(10) not null,
  encoding       varchar(30) not null,
  columns        jsonb not null,
  row_count      int not null,
  refused_count  int not null default 0,
  published      boolean not null default false,
  published_at   timestamptz,
  imported_by    varchar(200) not null,
  imported_at    timestamptz not null default now(),
  unique (dataset_id, number),
  unique (dataset_id, file_sha256, mapping_sha256)
);

create table dataset_row (
  council_id  uuid not null references council (id),
  version_id  uuid not null references dataset_version (id) on delete cascade,
  row_number  int not null,                              -- its row in the imported file
  position    int not null,                              -- its order in the version
  cells       jsonb not null,                            -- typed values, one per column
  primary key (version_id, position)
);

-- An upload being previewed and imported; the file stays here until the job is done.
create table dataset_import (
  id             uuid primary key,
  council_id     uuid not null references council (id),
  dataset_id     uuid not null references dataset (id),
  file_name      varchar(255) not null,
  file_sha256    char(64) not null,
  content        bytea,
  options        jsonb not null,
  status         varchar(10) not null check (status in ('PREVIEW', 'RUNNING', 'DONE', 'FAILED')),
  total_rows     int not null default 0,
  processed_rows int not null default 0,
  version_number int,
  reused         boolean not null default false,
  problems       jsonb not null default '[]',
  error          varchar(500),
  created_by     varchar(200) not null,
  created_at     timestamptz not null default now(),
  finished_at    timestamptz
);
create index dataset_import_dataset on dataset_import (council_id, dataset_id, created_at desc);

-- The latest bulk export of a council's public data (a ZIP with manifest.json).
create table open_data_export (
  council_id   uuid primary key references council (id),
  generated_at timestamptz not null,
  sha256       char(64) not null,
  size         bigint not null,
  content      bytea not null,
  files        int not null
);

alter table dataset enable row level security;
alter table dataset force row level security;
-- private to the council's staff until published; published datasets are public
create policy dataset_read on dataset for select
  using (app_can_read_private(council_id) or (published_at is not null and app_can_read(council_id)));
create policy dataset_write on dataset for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table dataset_version enable row level security;
alter table dataset_version force row level security;
create policy dataset_version_read on dataset_version for select
  using (app_can_read_private(council_id) or (published and app_can_read(council_id)));
create policy dataset_version_write on dataset_version for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table dataset_row enable row level security;
alter table dataset_row force row level security;
create policy dataset_row_read on dataset_row for select
  using (app_can_read_private(council_id)
         or (app_can_read(council_id)
             and exists (select 1 from dataset_version v where v.id = version_id and v.published)));
create policy dataset_row_write on dataset_row for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

alter table dataset_import enable row level security;
alter table dataset_import force row level security;
create policy dataset_import_read on dataset_import for select using (app_can_read_private(council_id));
create policy dataset_import_write on dataset_import for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));

-- the export holds public data only: anyone may read it, only staff and scheduled work write it
alter table open_data_export enable row level security;
alter table open_data_export force row level security;
create policy open_data_export_read on open_data_export for select using (app_can_read(council_id));
create policy open_data_export_write on open_data_export for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
