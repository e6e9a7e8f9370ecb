package vn.hdndso.documents;

import java.time.Instant;
import java.time.LocalDate;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** An outgoing document was numbered, signed and registered; it is public from now on. */
public record DocumentIssued(
        CouncilId council,
        DocumentId document,
        String numberSymbol,
        String typeCode,
        String subject,
        String signerName,
        LocalDate issueDate,
        Instant issuedAt)
        implements CouncilEvent {}
