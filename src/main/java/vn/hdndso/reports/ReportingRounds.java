package vn.hdndso.reports;

import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * Reporting rounds: the standing committee opens one for a period with a deadline and the bodies
 * that must report; each body hands in its report (PDF or DOCX, checked by content) with a summary,
 * late ones accepted and marked late. Runs in the caller's tenant scope: the council's staff only.
 */
public interface ReportingRounds {

    ReportingRound open(CouncilId council, NewReportingRound round);

    /** The council's rounds, the latest deadline first. */
    List<ReportingRound> list(CouncilId council);

    ReportingRound require(CouncilId council, UUID id);

    /**
     * A body's report. The caller must report for it: a committee member for a committee, an
     * executive officer for an executive unit, or the council office (clerk, council administrator)
     * on its behalf.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not
     *     report for that body
     */
    ReportingRound.Submission submit(
            CouncilId council, UUID roundId, UUID reporterId, String fileName, byte[] content, String summary);

    /** The file of a submission. */
    byte[] file(CouncilId council, UUID roundId, UUID submissionId);

    /** The submission's record (name and type of its file). */
    ReportingRound.Submission requireSubmission(CouncilId council, UUID roundId, UUID submissionId);

    /** The bodies a round may ask to report: the committees of the current term and the executive units. */
    List<Candidate> candidates(CouncilId council);

    /** A body that may be asked to report. */
    record Candidate(UUID id, ReportingRound.ReporterKind kind, String name) {}
}
