-- The bulk export's ZIP moves from the database to the blob store (issue 17, finding 12): an export
-- names its ZIP by SHA-256. Rows made before keep their ZIP in content until the application moves it
-- on its next start (opendata.internal.ExportsIntoBlobStore); new exports leave content empty.
alter table open_data_export add column blob_sha256 char(64);
alter table open_data_export alter column content drop not null;
alter table open_data_export add constraint open_data_export_zip_kept
  check (blob_sha256 is not null or content is not null);
