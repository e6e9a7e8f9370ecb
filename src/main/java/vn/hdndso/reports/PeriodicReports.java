package vn.hdndso.reports;

import java.util.List;
import java.util.UUID;
import vn.hdndso.indicators.Period;
import vn.hdndso.shared.CouncilId;

/**
 * The standing committee's 6-monthly and annual reports on the council's digital-transformation
 * plan. Runs in the caller's tenant scope: the council's staff only.
 */
public interface PeriodicReports {

    /**
     * Writes the report for a half-year or a year from the council's live indicators read against
     * its confirmed plan (or the Resolution's targets when it has none) as DOCX and PDF, and enters
     * it in the documents as a draft report (BC) of the standing committee, the DOCX kept beside the
     * PDF. A month is refused.
     */
    GeneratedReport generate(CouncilId council, Period period);

    /** The reports generated for the council, newest first. */
    List<GeneratedReport> list(CouncilId council);

    GeneratedReport require(CouncilId council, UUID id);

    /** The report's Word file. */
    byte[] docx(CouncilId council, UUID id);

    /** The report's PDF. */
    byte[] pdf(CouncilId council, UUID id);
}
