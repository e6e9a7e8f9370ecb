package vn.hdndso.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import vn.hdndso.oversight.NewAnswer;
import vn.hdndso.oversight.NewQuestion;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.Questions;
import vn.hdndso.oversight.ScheduleQuestions;
import vn.hdndso.oversight.web.OversightViews.AskRequest;
import vn.hdndso.oversight.web.OversightViews.CommitmentReportView;
import vn.hdndso.oversight.web.OversightViews.MetRequest;
import vn.hdndso.oversight.web.OversightViews.QuestionView;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * Questions (chất vấn): delegates ask, the council office schedules them and records what was said
 * in session, the addressed unit's officers answer in writing with commitments, the office records
 * commitments met. An executive officer reads only what is addressed to their unit.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/questions")
@Tag(name = "Chất vấn", description = "Câu hỏi chất vấn, trả lời, cam kết và theo dõi thực hiện (docs/oversight.md)")
class QuestionApiController {

    /** Everyone who works in oversight; what each sees is filtered by the module. */
    static final String STAFF =
            "@councilAccess.has('COUNCIL_ADMIN','CLERK','DELEGATE','COMMITTEE_MEMBER','EXECUTIVE_OFFICER','FRONT_OFFICER')";

    static final String ASKERS = "@councilAccess.has('COUNCIL_ADMIN','CLERK','DELEGATE','COMMITTEE_MEMBER')";
    static final String OFFICE = "@councilAccess.has('COUNCIL_ADMIN','CLERK')";
    static final String ANSWERERS = "@councilAccess.has('COUNCIL_ADMIN','CLERK','EXECUTIVE_OFFICER')";

    private final Councils councils;
    private final Questions questions;
    private final Clock clock;

    QuestionApiController(Councils councils, Questions questions, Clock clock) {
        this.councils = councils;
        this.questions = questions;
        this.clock = clock;
    }

    @Operation(
            summary = "Đại biểu gửi câu hỏi chất vấn tới một cơ quan chuyên môn của UBND",
            description =
                    "Trả về id và hạn trả lời bằng văn bản (mặc định 20 ngày). Cơ quan không thuộc Hội đồng: 404.")
    @PostMapping
    @PreAuthorize(ASKERS)
    ResponseEntity<QuestionView> ask(
            @PathVariable String slug, @RequestBody(required = false) @Nullable AskRequest body) {
        Council council = councils.requireBySlug(slug);
        AskRequest request = body == null ? new AskRequest(null, null, null, null) : body;
        Question question = questions.ask(
                council.id(),
                new NewQuestion(request.text(), request.addressedTo(), request.followsUp(), request.petitionIssueId()));
        return ResponseEntity.created(URI.create("/api/v1/councils/" + slug + "/questions/" + question.id()))
                .body(QuestionView.of(slug, question, VnTime.today(clock)));
    }

    @Operation(summary = "Các câu hỏi chất vấn (cán bộ UBND: chỉ của cơ quan mình)")
    @GetMapping
    @PreAuthorize(STAFF)
    Page<QuestionView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        LocalDate today = VnTime.today(clock);
        return Page.of(
                questions.list(council.id()).stream()
                        .map(q -> QuestionView.of(slug, q, today))
                        .toList(),
                page);
    }

    @Operation(summary = "Báo cáo thực hiện cam kết, hạn nộp trước kỳ họp tới (mặc định 10 ngày)")
    @GetMapping("/commitments-report")
    @PreAuthorize(STAFF)
    CommitmentReportView commitmentReport(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        LocalDate today = VnTime.today(clock);
        Questions.CommitmentReport report = questions.commitmentReport(council.id());
        return new CommitmentReportView(
                report.nextSessionTitle(),
                report.nextSessionOn(),
                report.reportDueOn(),
                report.questions().stream()
                        .map(q -> QuestionView.of(slug, q, today))
                        .toList());
    }

    @Operation(summary = "Một câu hỏi chất vấn")
    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    QuestionView one(@PathVariable String slug, @PathVariable UUID id) {
        return QuestionView.of(
                slug, questions.require(councils.requireBySlug(slug).id(), id), VnTime.today(clock));
    }

    @Operation(
            summary = "Thường trực nhóm các câu hỏi và xếp vào một mục chương trình kỳ họp",
            description = "{\"questions\":[id…],\"group\",\"sessionId\",\"agendaItemId\"}")
    @PostMapping("/schedule")
    @PreAuthorize(OFFICE)
    List<QuestionView> schedule(@PathVariable String slug, @RequestBody ScheduleQuestions body) {
        Council council = councils.requireBySlug(slug);
        LocalDate today = VnTime.today(clock);
        return questions.schedule(council.id(), body).stream()
                .map(q -> QuestionView.of(slug, q, today))
                .toList();
    }

    @Operation(
            summary = "Trả lời chất vấn (cán bộ của cơ quan được hỏi, hoặc Văn phòng ghi lại trả lời tại kỳ họp)",
            description = "{\"text\",\"commitments\":[{\"text\",\"dueOn\"}],\"mode\":\"WRITTEN\"|\"IN_SESSION\","
                    + "\"agendaItemId\",\"recordingOffset\"}. Trả lời quá hạn vẫn được nhận và ghi là trễ hạn;"
                    + " cán bộ cơ quan khác: 403; cam kết thiếu hạn: 400.")
    @PostMapping("/{id}/answer")
    @PreAuthorize(ANSWERERS)
    QuestionView answer(
            @PathVariable String slug, @PathVariable UUID id, @RequestBody(required = false) @Nullable NewAnswer body) {
        Council council = councils.requireBySlug(slug);
        NewAnswer answer = body == null ? new NewAnswer(null, null, null, null, null) : body;
        return QuestionView.of(slug, questions.answer(council.id(), id, answer), VnTime.today(clock));
    }

    @Operation(summary = "Ghi nhận một cam kết đã thực hiện (mặc định hôm nay)")
    @PostMapping("/{id}/commitments/{commitmentId}/met")
    @PreAuthorize(OFFICE)
    QuestionView met(
            @PathVariable String slug,
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            @RequestBody(required = false) @Nullable MetRequest body) {
        Council council = councils.requireBySlug(slug);
        return QuestionView.of(
                slug,
                questions.markMet(council.id(), id, commitmentId, body == null ? null : body.metOn()),
                VnTime.today(clock));
    }
}
