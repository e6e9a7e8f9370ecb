package vn.hdndso.documents;

import java.time.LocalDate;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** An incoming document was registered with its arrival number. */
public record DocumentReceived(
        CouncilId council,
        IncomingDocumentId document,
        int arrivalYear,
        int arrivalNumber,
        LocalDate receivedOn,
        String issuingBody,
        String numberSymbol,
        String subject)
        implements CouncilEvent {}
