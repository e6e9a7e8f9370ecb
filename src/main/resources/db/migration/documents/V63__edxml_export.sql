-- The edXML packages a council exported for other bodies (one row per package and recipient):
-- what the live indicator T10 counts as document exchanges. Transport to the national exchange
-- platform is outside this software; the export is the act it records.
create table edxml_export (
  id           uuid primary key,
  council_id   uuid not null references council (id),
  package_id   uuid not null,
  document_id  uuid not null references outgoing_document (id),
  organ_id     varchar(13) not null,
  organ_name   varchar(300) not null default '',
  exported_at  timestamptz not null,
  exported_by  varchar(200) not null
);
create index edxml_export_council on edxml_export (council_id, exported_at desc);

alter table edxml_export enable row level security;
alter table edxml_export force row level security;
create policy edxml_export_read on edxml_export for select using (app_can_read_private(council_id));
create policy edxml_export_write on edxml_export for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
