-- City scale (docs/city-scale.md): the staff document list's first page,
--   documents.internal.DocumentRepository.list:
--   select … from outgoing_document where council_id = :council
--   order by coalesce(issue_date, (created_at at time zone 'Asia/Ho_Chi_Minh')::date) desc,
--            number desc nulls first, created_at desc offset :offset limit :limit
-- Without it PostgreSQL reads and sorts every document of the council (17,000 in a big council
-- after five years) for each page; with it, it reads the page's rows in order.
create index outgoing_document_staff_order on outgoing_document (
  council_id,
  (coalesce(issue_date, (created_at at time zone 'Asia/Ho_Chi_Minh')::date)) desc,
  number desc nulls first,
  created_at desc);
