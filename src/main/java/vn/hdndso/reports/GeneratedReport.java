package vn.hdndso.reports;

import java.time.Instant;
import java.util.UUID;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentStatus;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/**
 * A report of the standing committee generated for a period: its draft in the documents (where it
 * is reviewed, numbered, signed and issued like any document) and the files it was written as.
 *
 * @param status where its document stands now (a draft until the standing committee issues it)
 * @param subject its subject line (trích yếu)
 * @param docxSha256 the editable Word file kept with the draft
 * @param pdfSha256 the PDF the draft was created with
 */
public record GeneratedReport(
        UUID id,
        CouncilId council,
        Period period,
        DocumentId documentId,
        DocumentStatus status,
        String subject,
        String docxSha256,
        String pdfSha256,
        String createdBy,
        Instant createdAt) {}
