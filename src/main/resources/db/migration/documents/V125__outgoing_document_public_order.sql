-- City scale (docs/city-scale.md): the public list of a council's issued documents (/{slug}/van-ban
-- and the council's home page), documents.internal.PublishedDocumentRepository.issued:
--   select … from outgoing_document where status = 'ISSUED' and not restricted and council_id = :council
--   order by issue_date desc, issued_at desc, number desc offset :offset limit :limit
-- The partial index outgoing_document_issued (number is not null) does not match that predicate
-- and lacks the tie-breakers, so each page sorted all the council's issued documents.
create index outgoing_document_public_order on outgoing_document (council_id, issue_date desc, issued_at desc, number desc)
  where status = 'ISSUED' and not restricted;
