package vn.hdndso.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.EditableOriginal;
import vn.hdndso.identity.CouncilAccess;
import vn.hdndso.reports.GeneratedReport;
import vn.hdndso.reports.NewReportingRound;
import vn.hdndso.reports.PeriodicReports;
import vn.hdndso.reports.ReportingPeriods;
import vn.hdndso.reports.ReportingRound;
import vn.hdndso.reports.ReportingRounds;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FormErrors;

/**
 * The "Báo cáo" page of the workspace: the council office generates the standing committee's report
 * for a half-year or a year and downloads it as DOCX or PDF; rounds of reports from the committees
 * and the People's Committee, who has handed in and who is late, and the form to hand one in.
 */
@Controller
@RequestMapping("/app/councils/{slug}/reports")
class ReportPagesController {

    private final Councils councils;
    private final PeriodicReports reports;
    private final ReportingRounds rounds;
    private final CouncilAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ReportPagesController(
            Councils councils,
            PeriodicReports reports,
            ReportingRounds rounds,
            CouncilAccess access,
            MessageSource messages,
            Clock clock) {
        this.councils = councils;
        this.reports = reports;
        this.rounds = rounds;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    private Council open(String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("canManage", access.has("COUNCIL_ADMIN", "CLERK"));
        model.addAttribute("periods", ReportingPeriods.offered(VnTime.today(clock)));
        model.asMap().putIfAbsent("errors", FormErrors.NONE);
        model.asMap().putIfAbsent("roundErrors", FormErrors.NONE);
        return council;
    }

    @GetMapping
    @PreAuthorize(RoundApiController.PARTICIPANTS)
    String list(@PathVariable String slug, Model model) {
        Council council = open(slug, model);
        List<GeneratedReport> generated = access.has("COUNCIL_ADMIN", "CLERK") ? reports.list(council.id()) : List.of();
        model.addAttribute("reports", generated);
        model.addAttribute("rounds", rounds.list(council.id()));
        model.addAttribute("candidates", rounds.candidates(council.id()));
        return "reports/list";
    }

    @PostMapping
    @PreAuthorize(ReportApiController.OFFICE)
    String generate(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String period,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            if (period == null || period.isBlank()) {
                throw InvalidInputException.of("period", "reports.period.required");
            }
            reports.generate(council.id(), ReportingPeriods.parse(period));
            redirect.addFlashAttribute("notice", "reports.notice.generated");
            return "redirect:/app/councils/" + slug + "/reports";
        } catch (InvalidInputException | BusinessRuleException e) {
            model.addAttribute("errors", errors(e));
            response.setStatus(errors(e).status().value());
            return list(slug, model);
        }
    }

    @GetMapping("/{id}/report.docx")
    @PreAuthorize(ReportApiController.OFFICE)
    ResponseEntity<byte[]> docx(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        GeneratedReport report = reports.require(council.id(), id);
        return RoundApiController.download(
                reports.docx(council.id(), id), EditableOriginal.MEDIA_TYPE, fileName(report) + ".docx");
    }

    @GetMapping("/{id}/report.pdf")
    @PreAuthorize(ReportApiController.OFFICE)
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        GeneratedReport report = reports.require(council.id(), id);
        return RoundApiController.download(reports.pdf(council.id(), id), "application/pdf", fileName(report) + ".pdf");
    }

    @PostMapping("/rounds")
    @PreAuthorize(ReportApiController.OFFICE)
    String openRound(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String dueOn,
            @RequestParam(name = "reporters", required = false) @Nullable List<UUID> reporters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            ReportingRound round = rounds.open(council.id(), new NewReportingRound(period, dueOn, reporters));
            redirect.addFlashAttribute("notice", "reports.notice.roundOpened");
            return "redirect:/app/councils/" + slug + "/reports/rounds/" + round.id();
        } catch (InvalidInputException e) {
            model.addAttribute("roundErrors", errors(e));
            response.setStatus(errors(e).status().value());
            return list(slug, model);
        }
    }

    @GetMapping("/rounds/{id}")
    @PreAuthorize(RoundApiController.PARTICIPANTS)
    String round(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = open(slug, model);
        model.addAttribute("round", rounds.require(council.id(), id));
        model.addAttribute("mayReport", mayReportFor());
        return "reports/round";
    }

    @PostMapping("/rounds/{id}/submissions")
    @PreAuthorize(RoundApiController.PARTICIPANTS)
    String submit(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam UUID reporterId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String summary,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        try {
            rounds.submit(
                    council.id(),
                    id,
                    reporterId,
                    file == null ? "" : String.valueOf(file.getOriginalFilename()),
                    file == null ? new byte[0] : file.getBytes(),
                    summary == null ? "" : summary);
            redirect.addFlashAttribute("notice", "reports.notice.submitted");
            return "redirect:/app/councils/" + slug + "/reports/rounds/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            model.addAttribute("failedReporter", reporterId);
            response.setStatus(errors(e).status().value());
            return round(slug, id, model);
        }
    }

    @GetMapping("/rounds/{id}/submissions/{submissionId}/file")
    @PreAuthorize(RoundApiController.PARTICIPANTS)
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID submissionId) {
        Council council = councils.requireBySlug(slug);
        ReportingRound.Submission submission = rounds.requireSubmission(council.id(), id, submissionId);
        return RoundApiController.download(
                rounds.file(council.id(), id, submissionId), submission.mediaType(), submission.fileName());
    }

    /** The kinds of body the caller may hand in a report for (the office for all, as the API checks). */
    private java.util.Set<ReportingRound.ReporterKind> mayReportFor() {
        if (access.has("COUNCIL_ADMIN", "CLERK")) {
            return java.util.EnumSet.allOf(ReportingRound.ReporterKind.class);
        }
        var kinds = java.util.EnumSet.noneOf(ReportingRound.ReporterKind.class);
        if (access.has("COMMITTEE_MEMBER")) {
            kinds.add(ReportingRound.ReporterKind.COMMITTEE);
        }
        if (access.has("EXECUTIVE_OFFICER")) {
            kinds.add(ReportingRound.ReporterKind.EXECUTIVE_UNIT);
        }
        return kinds;
    }

    private FormErrors errors(RuntimeException e) {
        return e instanceof InvalidInputException invalid
                ? FormErrors.of(invalid, messages)
                : FormErrors.of((BusinessRuleException) e, messages);
    }

    private static String fileName(GeneratedReport report) {
        return "bao-cao-chuyen-doi-so-" + report.period();
    }
}
