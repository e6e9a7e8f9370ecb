-- A session's papers as documents (issue 14, item 14): the convening notice (giấy triệu tập /
-- giấy mời) is an outgoing document numbered and signed on issue; the minutes (biên bản) carry
-- the session's date, are edited by the clerk, approved, signed through documents, then
-- published.

create table session_paper (
  council_id        uuid not null references council (id),
  session_id        uuid not null references council_session (id) on delete cascade,
  kind              varchar(10) not null check (kind in ('NOTICE', 'MINUTES')),
  state             varchar(10) not null check (state in ('DRAFT', 'APPROVED', 'SIGNED', 'PUBLISHED')),
  text              text not null,
  document_id       uuid,                               -- the outgoing document in documents
  edited_by         varchar(200) not null,
  edited_at         timestamptz not null,
  approved_by       varchar(200),
  approved_at       timestamptz,
  signed_at         timestamptz,
  published_at      timestamptz,
  primary key (session_id, kind),
  check ((state in ('SIGNED', 'PUBLISHED')) = (document_id is not null and signed_at is not null))
);

alter table session_paper enable row level security;
alter table session_paper force row level security;
create policy session_paper_read on session_paper for select
  using (app_can_read_private(council_id) or (app_can_read(council_id) and state = 'PUBLISHED'));
create policy session_paper_write on session_paper for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
