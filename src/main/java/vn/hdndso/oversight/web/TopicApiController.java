package vn.hdndso.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.oversight.NewRecommendation;
import vn.hdndso.oversight.NewTopic;
import vn.hdndso.oversight.OversightProgrammes;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.OversightTopics;
import vn.hdndso.oversight.web.OversightViews.ActivityRequest;
import vn.hdndso.oversight.web.OversightViews.AdoptionRequest;
import vn.hdndso.oversight.web.OversightViews.DoneRequest;
import vn.hdndso.oversight.web.OversightViews.ProgrammeView;
import vn.hdndso.oversight.web.OversightViews.ProposalRequest;
import vn.hdndso.oversight.web.OversightViews.RecommendationView;
import vn.hdndso.oversight.web.OversightViews.ReportRequest;
import vn.hdndso.oversight.web.OversightViews.ResponseRequest;
import vn.hdndso.oversight.web.OversightViews.TopicRequest;
import vn.hdndso.oversight.web.OversightViews.TopicView;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * The oversight programme and its topics: the office and the owning committee's members enter the
 * work; delegates, committees and the Front propose; the People's Committee's officers respond to
 * the recommendations addressed to their unit, and see only those.
 */
@RestController
@Tag(name = "Giám sát", description = "Chương trình giám sát, chuyên đề, kiến nghị và trả lời (docs/oversight.md)")
class TopicApiController {

    static final String WORKERS = "@councilAccess.has('COUNCIL_ADMIN','CLERK','COMMITTEE_MEMBER')";
    static final String PROPOSERS =
            "@councilAccess.has('COUNCIL_ADMIN','CLERK','DELEGATE','COMMITTEE_MEMBER','FRONT_OFFICER')";

    private final Councils councils;
    private final OversightTopics topics;
    private final OversightProgrammes programmes;
    private final Clock clock;

    TopicApiController(Councils councils, OversightTopics topics, OversightProgrammes programmes, Clock clock) {
        this.councils = councils;
        this.topics = topics;
        this.programmes = programmes;
        this.clock = clock;
    }

    private String base(String slug) {
        return "/api/v1/councils/" + slug;
    }

    @Operation(
            summary = "Tạo chuyên đề giám sát",
            description = "{\"title\",\"year\",\"committee\" (id Ban; bỏ trống: Thường trực),\"plan\","
                    + "\"team\":[{\"name\",\"kind\":\"DELEGATE\"|\"FRONT\"|\"OTHER\"}],\"petitionIssueId\"}")
    @PostMapping("/api/v1/councils/{slug}/oversight-topics")
    @PreAuthorize(WORKERS)
    ResponseEntity<TopicView> create(
            @PathVariable String slug, @RequestBody(required = false) @Nullable TopicRequest body) {
        Council council = councils.requireBySlug(slug);
        TopicRequest r = body == null ? new TopicRequest(null, null, null, null, null, null) : body;
        OversightTopic topic = topics.create(
                council.id(),
                new NewTopic(r.title(), r.year(), r.committee(), r.plan(), r.team(), r.petitionIssueId()));
        return ResponseEntity.created(URI.create(base(slug) + "/oversight-topics/" + topic.id()))
                .body(TopicView.of(slug, topic, VnTime.today(clock)));
    }

    @Operation(summary = "Các chuyên đề giám sát (cán bộ UBND: chỉ kiến nghị gửi cơ quan mình)")
    @GetMapping("/api/v1/councils/{slug}/oversight-topics")
    @PreAuthorize(QuestionApiController.STAFF)
    Page<TopicView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        LocalDate today = VnTime.today(clock);
        return Page.of(
                topics.list(council.id()).stream()
                        .map(t -> TopicView.of(slug, t, today))
                        .toList(),
                page);
    }

    @Operation(summary = "Một chuyên đề giám sát")
    @GetMapping("/api/v1/councils/{slug}/oversight-topics/{id}")
    @PreAuthorize(QuestionApiController.STAFF)
    TopicView one(@PathVariable String slug, @PathVariable UUID id) {
        return TopicView.of(slug, topics.require(councils.requireBySlug(slug).id(), id), VnTime.today(clock));
    }

    @Operation(summary = "Ghi một đợt khảo sát (VISIT) hoặc một phát hiện (FINDING) của chuyên đề")
    @PostMapping("/api/v1/councils/{slug}/oversight-topics/{id}/activities")
    @PreAuthorize(WORKERS)
    TopicView activity(@PathVariable String slug, @PathVariable UUID id, @RequestBody ActivityRequest body) {
        Council council = councils.requireBySlug(slug);
        return TopicView.of(
                slug, topics.record(council.id(), id, body.kind(), body.day(), body.text()), VnTime.today(clock));
    }

    @Operation(
            summary = "Thêm kiến nghị giám sát",
            description = "{\"text\",\"ownerUnitId\" (cơ quan của UBND) hoặc \"ownerName\" (cơ quan khác),\"dueOn\"}")
    @PostMapping("/api/v1/councils/{slug}/oversight-topics/{id}/recommendations")
    @PreAuthorize(WORKERS)
    ResponseEntity<TopicView> recommend(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody NewRecommendation body) {
        Council council = councils.requireBySlug(slug);
        OversightTopic topic = topics.recommend(council.id(), id, body);
        return ResponseEntity.status(201).body(TopicView.of(slug, topic, VnTime.today(clock)));
    }

    @Operation(summary = "Gắn báo cáo kết quả giám sát (một Báo cáo đã ban hành)")
    @PostMapping("/api/v1/councils/{slug}/oversight-topics/{id}/report")
    @PreAuthorize(WORKERS)
    TopicView report(@PathVariable String slug, @PathVariable UUID id, @RequestBody ReportRequest body) {
        Council council = councils.requireBySlug(slug);
        return TopicView.of(slug, topics.linkReport(council.id(), id, body.documentId()), VnTime.today(clock));
    }

    @Operation(summary = "Các kiến nghị giám sát (cán bộ UBND: chỉ của cơ quan mình)")
    @GetMapping("/api/v1/councils/{slug}/oversight-recommendations")
    @PreAuthorize(QuestionApiController.STAFF)
    Page<RecommendationView> recommendations(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        LocalDate today = VnTime.today(clock);
        return Page.of(
                topics.recommendationsForCaller(council.id()).stream()
                        .map(r -> RecommendationView.of(r, today))
                        .toList(),
                page);
    }

    @Operation(summary = "Cơ quan được kiến nghị trả lời về việc thực hiện (cán bộ cơ quan khác: 403)")
    @PostMapping("/api/v1/councils/{slug}/oversight-recommendations/{id}/responses")
    @PreAuthorize(QuestionApiController.ANSWERERS)
    ResponseEntity<RecommendationView> respond(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody ResponseRequest body) {
        Council council = councils.requireBySlug(slug);
        return ResponseEntity.status(201)
                .body(RecommendationView.of(topics.respond(council.id(), id, body.text()), VnTime.today(clock)));
    }

    @Operation(summary = "Ghi nhận kiến nghị đã được thực hiện xong")
    @PostMapping("/api/v1/councils/{slug}/oversight-recommendations/{id}/done")
    @PreAuthorize(WORKERS)
    RecommendationView done(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable DoneRequest body) {
        Council council = councils.requireBySlug(slug);
        return RecommendationView.of(
                topics.markDone(council.id(), id, body == null ? null : body.doneOn()), VnTime.today(clock));
    }

    @Operation(
            summary =
                    "Chương trình giám sát của một năm: lịch theo Luật 87/2015, đề xuất, nghị quyết thông qua, chuyên đề")
    @GetMapping("/api/v1/councils/{slug}/oversight-programmes/{year}")
    @PreAuthorize(QuestionApiController.STAFF)
    ProgrammeView programme(@PathVariable String slug, @PathVariable int year) {
        Council council = councils.requireBySlug(slug);
        return ProgrammeView.of(slug, programmes.of(council.id(), year), VnTime.today(clock));
    }

    @Operation(
            summary = "Đề xuất nội dung giám sát cho chương trình năm",
            description = "{\"title\",\"proposerKind\":\"DELEGATE\"|\"COMMITTEE\"|\"FRONT\"}; sau hạn (mặc định 1/3 năm"
                    + " trước) vẫn nhận và ghi là trễ hạn")
    @PostMapping("/api/v1/councils/{slug}/oversight-programmes/{year}/proposals")
    @PreAuthorize(PROPOSERS)
    ResponseEntity<OversightProgrammes.Proposal> propose(
            @PathVariable String slug, @PathVariable int year, @RequestBody ProposalRequest body) {
        Council council = councils.requireBySlug(slug);
        return ResponseEntity.status(201)
                .body(programmes.propose(council.id(), year, body.title(), body.proposerKind()));
    }

    @Operation(summary = "Ghi nhận chương trình giám sát được thông qua bằng một Nghị quyết đã ban hành")
    @PostMapping("/api/v1/councils/{slug}/oversight-programmes/{year}/adoption")
    @PreAuthorize(QuestionApiController.OFFICE)
    ProgrammeView adopt(@PathVariable String slug, @PathVariable int year, @RequestBody AdoptionRequest body) {
        Council council = councils.requireBySlug(slug);
        return ProgrammeView.of(
                slug, programmes.adopt(council.id(), year, body.resolutionDocumentId()), VnTime.today(clock));
    }
}
