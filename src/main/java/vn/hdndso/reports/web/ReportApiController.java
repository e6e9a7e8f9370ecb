package vn.hdndso.reports.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.reports.GeneratedReport;
import vn.hdndso.reports.PeriodicReports;
import vn.hdndso.reports.ReportingPeriods;
import vn.hdndso.reports.web.ReportViews.PeriodRequest;
import vn.hdndso.reports.web.ReportViews.ReportView;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.web.Page;

/**
 * The standing committee's periodic reports: the council office generates one for a half-year or a
 * year and gets its draft in the documents, with the DOCX and the PDF.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/reports")
class ReportApiController {

    /** The council office: the council administrator (standing committee) and the clerk. */
    static final String OFFICE = "@councilAccess.has('COUNCIL_ADMIN', 'CLERK')";

    private final Councils councils;
    private final PeriodicReports reports;

    ReportApiController(Councils councils, PeriodicReports reports) {
        this.councils = councils;
        this.reports = reports;
    }

    @PostMapping
    @PreAuthorize(OFFICE)
    ResponseEntity<ReportView> generate(
            @PathVariable String slug, @RequestBody(required = false) @Nullable PeriodRequest body) {
        Council council = councils.requireBySlug(slug);
        String period = body == null ? null : body.period();
        if (period == null || period.isBlank()) {
            throw InvalidInputException.of("period", "reports.period.required");
        }
        GeneratedReport report = reports.generate(council.id(), ReportingPeriods.parse(period));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/reports/" + report.id()))
                .body(ReportView.of(slug, report));
    }

    @GetMapping
    @PreAuthorize(OFFICE)
    Page<ReportView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                reports.list(council.id()).stream()
                        .map(r -> ReportView.of(slug, r))
                        .toList(),
                page);
    }

    @GetMapping("/{id}")
    @PreAuthorize(OFFICE)
    ReportView one(@PathVariable String slug, @PathVariable java.util.UUID id) {
        Council council = councils.requireBySlug(slug);
        return ReportView.of(slug, reports.require(council.id(), id));
    }
}
