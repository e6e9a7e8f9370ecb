package vn.hdndso.reports.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.reports.GeneratedReport;
import vn.hdndso.reports.ReportingRound;

/** The JSON shapes of the reports' API. */
final class ReportViews {

    private ReportViews() {}

    /** {@code {"period":"2026-H1"}}. */
    record PeriodRequest(@Nullable String period) {}

    /**
     * A generated report.
     *
     * @param docxUrl the Word file kept with the draft (staff only)
     * @param pdfUrl the draft's PDF (staff only)
     */
    record ReportView(
            UUID id,
            UUID documentId,
            String period,
            String status,
            String subject,
            String docxUrl,
            String pdfUrl,
            String documentUrl,
            String createdBy,
            Instant createdAt) {

        static ReportView of(String slug, GeneratedReport report) {
            String document = "/api/v1/councils/" + slug + "/documents/"
                    + report.documentId().value();
            return new ReportView(
                    report.id(),
                    report.documentId().value(),
                    report.period().toString(),
                    report.status().name(),
                    report.subject(),
                    document + "/original.docx",
                    document + "/original.pdf",
                    document,
                    report.createdBy(),
                    report.createdAt());
        }
    }

    /** {@code {"period","dueOn","reporters":[ids]}}. */
    record RoundRequest(
            @Nullable String period,
            @Nullable String dueOn,
            @Nullable List<UUID> reporters) {}

    record RoundView(
            UUID id,
            String period,
            LocalDate dueOn,
            long submitted,
            int reporterCount,
            List<ReporterView> reporters,
            String createdBy,
            Instant createdAt) {

        static RoundView of(String slug, ReportingRound round) {
            return new RoundView(
                    round.id(),
                    round.period().toString(),
                    round.dueOn(),
                    round.submitted(),
                    round.reporters().size(),
                    round.reporters().stream()
                            .map(r -> ReporterView.of(slug, round, r))
                            .toList(),
                    round.createdBy(),
                    round.createdAt());
        }
    }

    record ReporterView(
            UUID id,
            String kind,
            UUID bodyId,
            String name,
            String state,
            @Nullable Instant dueSoonRemindedAt,
            @Nullable Instant overdueRemindedAt,
            List<SubmissionView> submissions) {

        static ReporterView of(String slug, ReportingRound round, ReportingRound.Reporter reporter) {
            return new ReporterView(
                    reporter.id(),
                    reporter.kind().name(),
                    reporter.bodyId(),
                    reporter.name(),
                    reporter.state().name(),
                    reporter.dueSoonRemindedAt(),
                    reporter.overdueRemindedAt(),
                    reporter.submissions().stream()
                            .map(s -> SubmissionView.of(slug, round, s))
                            .toList());
        }
    }

    record SubmissionView(
            UUID id,
            UUID reporterId,
            String fileName,
            String mediaType,
            long size,
            String summary,
            boolean late,
            String submittedBy,
            Instant submittedAt,
            String fileUrl) {

        static SubmissionView of(String slug, ReportingRound round, ReportingRound.Submission s) {
            return new SubmissionView(
                    s.id(),
                    s.reporterId(),
                    s.fileName(),
                    s.mediaType(),
                    s.size(),
                    s.summary(),
                    s.late(),
                    s.submittedBy(),
                    s.submittedAt(),
                    "/api/v1/councils/" + slug + "/reporting-rounds/" + round.id() + "/submissions/" + s.id()
                            + "/file");
        }
    }
}
