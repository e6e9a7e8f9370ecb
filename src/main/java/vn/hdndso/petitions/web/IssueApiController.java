package vn.hdndso.petitions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.petitions.IssueStatus;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/** Petition issues in the JSON API: aggregation, transfer, answers, publication, figures. */
@RestController
class IssueApiController {

    static final String STAFF = PetitionApiController.STAFF;
    static final String ANSWERS = "@councilAccess.has('CLERK','COUNCIL_ADMIN','EXECUTIVE_OFFICER')";

    private final Councils councils;
    private final java.time.Clock clock;
    private final PetitionIssues issues;
    private final Petitions petitions;
    private final VoterMeetings meetings;
    private final IssueRouting routing;

    IssueApiController(
            Councils councils,
            PetitionIssues issues,
            Petitions petitions,
            VoterMeetings meetings,
            IssueRouting routing,
            java.time.Clock clock) {
        this.routing = routing;
        this.councils = councils;
        this.clock = clock;
        this.issues = issues;
        this.petitions = petitions;
        this.meetings = meetings;
    }

    record IssueView(
            String id,
            String title,
            String field,
            String fieldName,
            CompetentLevel level,
            IssueStatus status,
            boolean complaint,
            int petitionCount,
            @Nullable CompetentBodyKind bodyKind,
            @Nullable String executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate transferredOn,
            @Nullable LocalDate deadline,
            boolean overdue,
            @Nullable AnswerClass answerClass,
            @Nullable String answer,
            @Nullable LocalDate answerPromisedOn,
            @Nullable LocalDate answeredOn,
            @Nullable LocalDate publishBy,
            @Nullable Instant publishedAt,
            String period,
            boolean carriedOver,
            boolean demo) {

        static IssueView of(PetitionIssue i, PetitionIssues issues, java.time.LocalDate today) {
            return new IssueView(
                    i.id().toString(),
                    i.title(),
                    i.field(),
                    issues.fieldName(i.field()),
                    i.level(),
                    i.status(),
                    i.complaint(),
                    i.petitionCount(),
                    i.bodyKind(),
                    i.executiveUnitId() == null ? null : i.executiveUnitId().toString(),
                    i.bodyName(),
                    i.transferredOn(),
                    i.deadline(),
                    i.overdueOn(today),
                    i.answerClass(),
                    i.answerText(),
                    i.answerPromisedOn(),
                    i.answeredOn(),
                    i.publishBy(),
                    i.publishedAt(),
                    i.period(),
                    i.carriedOver(),
                    i.demo());
        }
    }

    record IssueDetail(IssueView issue, List<PetitionApiController.PetitionView> petitions) {}

    /** A published answer as the public sees it. */
    record PublishedAnswer(
            String id,
            String title,
            String field,
            String fieldName,
            int petitionCount,
            @Nullable String bodyName,
            @Nullable AnswerClass answerClass,
            @Nullable String answer,
            @Nullable LocalDate answerPromisedOn,
            @Nullable LocalDate answeredOn,
            @Nullable Instant publishedAt) {

        static PublishedAnswer of(PetitionIssue i, PetitionIssues issues) {
            return new PublishedAnswer(
                    i.id().toString(),
                    i.title(),
                    i.field(),
                    issues.fieldName(i.field()),
                    i.petitionCount(),
                    i.bodyName(),
                    i.answerClass(),
                    i.publishedText(),
                    i.answerPromisedOn(),
                    i.answeredOn(),
                    i.publishedAt());
        }
    }

    record Merge(@Nullable UUID otherIssueId) {}

    record Split(@Nullable UUID intoIssueId) {}

    record Edit(
            @Nullable String title,
            @Nullable String field,
            @Nullable CompetentLevel level) {}

    record Transfer(
            @Nullable CompetentBodyKind bodyKind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate deadline,
            @Nullable String reason) {}

    record Answer(
            @Nullable AnswerClass answerClass,
            @Nullable String answer,
            @Nullable LocalDate promisedOn) {}

    @GetMapping("/api/v1/councils/{slug}/petition-issues")
    @PreAuthorize(ANSWERS)
    Page<IssueView> list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable IssueStatus status,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable String q,
            Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return view(
                issues.list(council.id(), new PetitionIssues.Filter(status, field, overdue, false, false, q), page));
    }

    /** Transferred issues past their deadline without an answer: the standing committee's view. */
    @GetMapping("/api/v1/councils/{slug}/petition-issues/overdue")
    @PreAuthorize(ANSWERS)
    Page<IssueView> overdue(@PathVariable String slug, Page.Request page) {
        return view(issues.list(councils.requireBySlug(slug).id(), PetitionIssues.Filter.overdueOnly(), page));
    }

    @GetMapping("/api/v1/councils/{slug}/petition-issues/{id}")
    @PreAuthorize(ANSWERS)
    IssueDetail get(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return new IssueDetail(
                IssueView.of(issues.require(council.id(), id), issues, VnTime.today(clock)),
                petitions.ofIssue(council.id(), id).stream()
                        .map(PetitionApiController.PetitionView::of)
                        .toList());
    }

    @PostMapping("/api/v1/councils/{slug}/petition-issues/{id}/merge")
    @PreAuthorize(STAFF)
    IssueView merge(@PathVariable String slug, @PathVariable UUID id, @RequestBody Merge body) {
        return IssueView.of(
                issues.merge(councils.requireBySlug(slug).id(), id, body.otherIssueId()), issues, VnTime.today(clock));
    }

    @PostMapping("/api/v1/councils/{slug}/petitions/{id}/split")
    @PreAuthorize(STAFF)
    IssueView split(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody(required = false) @Nullable Split body) {
        return IssueView.of(
                issues.split(councils.requireBySlug(slug).id(), id, body == null ? null : body.intoIssueId()),
                issues,
                VnTime.today(clock));
    }

    @PostMapping("/api/v1/councils/{slug}/petition-issues/{id}")
    @PreAuthorize(STAFF)
    IssueView edit(@PathVariable String slug, @PathVariable UUID id, @RequestBody Edit body) {
        return IssueView.of(
                issues.edit(councils.requireBySlug(slug).id(), id, body.title(), body.field(), body.level()),
                issues,
                VnTime.today(clock));
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Chuyển vụ việc đến cơ quan có thẩm quyền",
            description = "Văn thư, quản trị. Khi Hội đồng đã đặt cơ quan nhận mặc định cho lĩnh vực và cấp của vụ"
                    + " việc, chuyển đến nơi khác phải có `reason` (400 nêu trường `reason` nếu thiếu); quyết định"
                    + " được ghi vào các bước của vụ việc và nhật ký.")
    @PostMapping("/api/v1/councils/{slug}/petition-issues/{id}/transfer")
    @PreAuthorize(STAFF)
    IssueView transfer(@PathVariable String slug, @PathVariable UUID id, @RequestBody Transfer body) {
        return IssueView.of(
                routing.transfer(
                        councils.requireBySlug(slug).id(),
                        id,
                        body.bodyKind(),
                        body.executiveUnitId(),
                        body.bodyName(),
                        body.deadline(),
                        body.reason()),
                issues,
                VnTime.today(clock));
    }

    @PostMapping("/api/v1/councils/{slug}/petition-issues/{id}/answer")
    @PreAuthorize(ANSWERS)
    IssueView answer(@PathVariable String slug, @PathVariable UUID id, @RequestBody Answer body) {
        return IssueView.of(
                issues.answer(
                        councils.requireBySlug(slug).id(), id, body.answerClass(), body.answer(), body.promisedOn()),
                issues,
                VnTime.today(clock));
    }

    @PostMapping("/api/v1/councils/{slug}/petition-issues/{id}/publish")
    @PreAuthorize(STAFF)
    IssueView publish(@PathVariable String slug, @PathVariable UUID id) {
        return IssueView.of(issues.publish(councils.requireBySlug(slug).id(), id), issues, VnTime.today(clock));
    }

    /** The published, de-identified answers of a council: public. */
    @GetMapping("/api/v1/councils/{slug}/petition-answers")
    Page<PublishedAnswer> published(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        Page<PetitionIssue> found = issues.published(council.id(), page);
        return new Page<>(
                found.items().stream().map(i -> PublishedAnswer.of(i, issues)).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GetMapping("/api/v1/councils/{slug}/petition-statistics")
    @PreAuthorize(STAFF)
    PetitionIssues.Statistics statistics(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        return issues.statistics(council.id(), meetings.countByFormat(council.id()));
    }

    @GetMapping("/api/v1/petition-fields")
    List<PetitionIssues.Field> fields() {
        return issues.fields();
    }

    /**
     * City-level issues of every council of the city, grouped by similarity, most petitions first,
     * paged ({@code page}, {@code size}: 50 groups by default): for the staff of the city's
     * (province's) own council only.
     */
    @GetMapping("/api/v1/councils/{slug}/petition-issues/city-level")
    @PreAuthorize(STAFF)
    Page<PetitionIssues.CityLevelGroup> cityLevel(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        if (!council.isProvincial()) {
            throw new NotFoundException("petitions.cityLevel.notProvincial", slug);
        }
        return cityLevelGroups(issues, page);
    }

    static Page<PetitionIssues.CityLevelGroup> cityLevelGroups(PetitionIssues issues, Page.Request page) {
        // an explicit cross-council read (outside any transaction, so the scope may change)
        return Tenancy.call(
                TenantScope.allCouncils("city-level petitions across the councils of the city"),
                () -> issues.cityLevelGroups(page));
    }

    private Page<IssueView> view(Page<PetitionIssue> found) {
        return new Page<>(
                found.items().stream()
                        .map(i -> IssueView.of(i, issues, VnTime.today(clock)))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }
}
