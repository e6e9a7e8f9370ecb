package vn.hdndso.documents;

import java.time.Instant;
import vn.hdndso.shared.CouncilId;

/** A new outgoing draft was created; it is private to the council's staff until issued. */
public record DocumentDrafted(
        CouncilId council, DocumentId document, String typeCode, String subject, Instant createdAt) {}
