package vn.hdndso.petitions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PublicPetitionFigures;
import vn.hdndso.petitions.VoterFeedback;
import vn.hdndso.shared.NotFoundException;

/** The voter closes the loop by tracking code, and the public figures of a council's petitions. */
@RestController
@Tag(
        name = "Kiến nghị – cử tri đánh giá",
        description = "Cử tri đánh giá câu trả lời, mở lại kiến nghị; số liệu công khai (docs/petitions.md)")
class FeedbackApiController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final VoterFeedback feedback;
    private final PublicPetitionFigures figures;
    private final PetitionIssues issues;
    private final Councils councils;
    private final MessageSource messages;

    FeedbackApiController(
            VoterFeedback feedback,
            PublicPetitionFigures figures,
            PetitionIssues issues,
            Councils councils,
            MessageSource messages) {
        this.feedback = feedback;
        this.figures = figures;
        this.issues = issues;
        this.councils = councils;
        this.messages = messages;
    }

    record Rating(@Nullable Boolean satisfied, @Nullable String comment) {}

    record Reopening(@Nullable String reason) {}

    @Operation(
            summary = "Đánh giá và mở lại: tình trạng theo mã theo dõi",
            description =
                    "Công khai. Có được đánh giá không (đã công bố trả lời), hạn cuối được mở lại, đánh giá đã gửi.",
            responses = @ApiResponse(responseCode = "404", description = "Mã không có"))
    @GetMapping("/api/v1/petitions/{trackingCode}/feedback")
    VoterFeedback.Loop loop(
            @Parameter(description = "Mã theo dõi, ví dụ ABCDE-FGHJK") @PathVariable String trackingCode) {
        return feedback.loop(trackingCode)
                .orElseThrow(() -> new NotFoundException("petitions.tracking.notFound", trackingCode));
    }

    @Operation(
            summary = "Cử tri đánh giá câu trả lời",
            description =
                    "Công khai, theo mã theo dõi. `satisfied` bắt buộc (true/false), `comment` tùy chọn (≤ 1.000 ký tự)."
                            + " Gửi lại thì thay đánh giá trước cho cùng câu trả lời.",
            responses = {
                @ApiResponse(responseCode = "400", description = "Thiếu `satisfied` hoặc nhận xét quá dài"),
                @ApiResponse(responseCode = "404", description = "Mã không có"),
                @ApiResponse(responseCode = "409", description = "Chưa có câu trả lời được công bố")
            })
    @PostMapping("/api/v1/petitions/{trackingCode}/rating")
    VoterFeedback.Loop rate(@PathVariable String trackingCode, @RequestBody Rating body) {
        return feedback.rate(trackingCode, body.satisfied(), body.comment());
    }

    @Operation(
            summary = "Cử tri mở lại kiến nghị đã trả lời",
            description = "Công khai, theo mã theo dõi, trong thời hạn sau ngày công bố câu trả lời (mặc định 30 ngày):"
                    + " kiến nghị trở lại cơ quan đã trả lời với hạn mới.",
            responses = {
                @ApiResponse(responseCode = "404", description = "Mã không có"),
                @ApiResponse(
                        responseCode = "409",
                        description = "Chưa trả lời, hoặc đã quá hạn mở lại (nêu ngày hết hạn)")
            })
    @PostMapping("/api/v1/petitions/{trackingCode}/reopen")
    VoterFeedback.Loop reopen(
            @PathVariable String trackingCode, @RequestBody(required = false) @Nullable Reopening body) {
        return feedback.reopen(trackingCode, body == null ? null : body.reason());
    }

    @Operation(
            summary = "Số liệu kiến nghị công khai của một Hội đồng",
            description = "Công khai: số vụ việc theo lĩnh vực, số kiến nghị theo kênh, vụ việc theo trạng thái,"
                    + " số trả lời đúng hạn, số bị mở lại, số đánh giá và hài lòng. Không có nội dung hay người gửi.")
    @GetMapping("/api/v1/councils/{slug}/petition-figures")
    PublicPetitionFigures.Figures figures(@PathVariable String slug) {
        return figures.figures(councils.requireBySlug(slug).id());
    }

    @Operation(
            summary = "Số liệu kiến nghị công khai, CSV",
            description = "Công khai. Cột: nhóm (field, channel, status, total), mã, tên, số lượng; UTF-8 có BOM.")
    @GetMapping(value = "/api/v1/councils/{slug}/petition-figures.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        return csvOf(council, figures, issues, messages);
    }

    static ResponseEntity<String> csvOf(
            Council council, PublicPetitionFigures figures, PetitionIssues issues, MessageSource messages) {
        var rows = FiguresText.rows(figures.figures(council.id()), issues, messages);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"kien-nghi-thong-ke-" + council.slug() + ".csv\"")
                .body(FiguresText.csv(rows, messages));
    }
}
