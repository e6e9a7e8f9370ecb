-- Remote signing (ký số từ xa) of an outgoing document while it is issued (docs/signing.md): the
-- number reserved for it, the PDF prepared with that number and date, and the provider's
-- transaction. One row per document: PENDING while the signer is asked; REFUSED or EXPIRED keeps
-- the reserved number (a new remote request reuses it) and the reason shown on the page; the row
-- goes when the document is issued.
create table remote_signature (
  document_id     uuid primary key references outgoing_document (id),
  council_id      uuid not null references council (id),
  state           varchar(10) not null check (state in ('PENDING', 'REFUSED', 'EXPIRED')),
  number          integer not null,
  number_symbol   text not null,
  issue_year      integer not null,
  issue_date      date not null,
  signer_id       text not null,
  signer_name     text not null,
  transaction_id  text not null,
  chain           text not null,          -- the signer's certificates, base64 DER, comma-separated, signer first
  prepared_pdf    bytea not null,
  prepared_sha256 varchar(64) not null,
  signing_time    timestamptz not null,
  requested_at    timestamptz not null,
  expires_at      timestamptz not null,
  reason          text
);
create index remote_signature_pending on remote_signature (state, expires_at);

alter table remote_signature enable row level security;
alter table remote_signature force row level security;
create policy remote_signature_read on remote_signature for select using (app_can_read_private(council_id));
create policy remote_signature_write on remote_signature for all
  using (app_can_write(council_id)) with check (app_can_write(council_id));
