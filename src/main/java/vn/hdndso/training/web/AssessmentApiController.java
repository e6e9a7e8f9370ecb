package vn.hdndso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.hdndso.councils.DelegateId;
import vn.hdndso.shared.web.Page;
import vn.hdndso.training.Assessments;
import vn.hdndso.training.NewAssessment;
import vn.hdndso.training.TrainingRecords;
import vn.hdndso.training.web.TrainingViews.AssessmentView;
import vn.hdndso.training.web.TrainingViews.RecordView;

/** Assessments of delegates' digital skills (T9) and a delegate's training record. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/training")
@Tag(name = "Bồi dưỡng đại biểu")
class AssessmentApiController {

    private final Councils councils;
    private final Assessments assessments;
    private final TrainingRecords records;

    AssessmentApiController(Councils councils, Assessments assessments, TrainingRecords records) {
        this.councils = councils;
        this.assessments = assessments;
        this.records = records;
    }

    @Operation(summary = "Các kết quả đánh giá, mới nhất trước")
    @GetMapping("/assessments")
    @PreAuthorize(CourseApiController.READERS)
    Page<AssessmentView> list(@PathVariable String slug, Page.Request page) {
        Council council = councils.requireBySlug(slug);
        return Page.of(
                assessments.list(council.id()).stream().map(AssessmentView::of).toList(), page);
    }

    @Operation(
            summary = "Ghi kết quả đánh giá kỹ năng số của một đại biểu (tính vào T9)",
            description = "{\"delegateId\",\"course\":\"<id hoặc mã khóa>\",\"level\":\"BASIC\"|\"PROFICIENT\","
                    + "\"assessedOn\":\"2026-12-01\"} → 201. Cùng đại biểu, khóa và ngày lần thứ hai: 409; thiếu hoặc sai"
                    + " trường: 400 nêu tên trường; đại biểu hoặc khóa không thuộc Hội đồng: 404.")
    @PostMapping("/assessments")
    @PreAuthorize(CourseApiController.OFFICE)
    ResponseEntity<AssessmentView> record(
            @PathVariable String slug, @RequestBody(required = false) @Nullable NewAssessment body) {
        Council council = councils.requireBySlug(slug);
        var assessment =
                assessments.record(council.id(), body == null ? new NewAssessment(null, null, null, null) : body);
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/training/assessments/" + assessment.id()))
                .body(AssessmentView.of(assessment));
    }

    @Operation(summary = "Hồ sơ bồi dưỡng của một đại biểu: buổi đã dự, đánh giá, trình độ")
    @GetMapping("/delegates/{delegateId}")
    @PreAuthorize(CourseApiController.READERS)
    RecordView delegate(@PathVariable String slug, @PathVariable java.util.UUID delegateId) {
        return RecordView.of(records.of(councils.requireBySlug(slug).id(), new DelegateId(delegateId)));
    }
}
