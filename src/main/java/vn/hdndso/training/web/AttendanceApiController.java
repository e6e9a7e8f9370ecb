package vn.hdndso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.training.TrainingAttendance;
import vn.hdndso.training.web.TrainingViews.AttendanceRequest;
import vn.hdndso.training.web.TrainingViews.AttendeeView;

/** Attendance at a training session: entered, imported from a list, or checked in by the delegate. */
@RestController
@RequestMapping("/api/v1/councils/{slug}/training/sessions/{id}")
@Tag(name = "Bồi dưỡng đại biểu")
class AttendanceApiController {

    private final Councils councils;
    private final TrainingAttendance attendance;

    AttendanceApiController(Councils councils, TrainingAttendance attendance) {
        this.councils = councils;
        this.attendance = attendance;
    }

    @Operation(summary = "Đại biểu đã dự buổi học")
    @GetMapping("/attendance")
    @PreAuthorize(CourseApiController.READERS)
    List<AttendeeView> list(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        return attendance.of(council.id(), id).stream().map(AttendeeView::of).toList();
    }

    @Operation(
            summary = "Văn phòng ghi nhận một đại biểu có mặt",
            description = "{\"delegateId\"} → 201; đại biểu không thuộc nhiệm kỳ hiện tại của Hội đồng: 404.")
    @PostMapping("/attendance")
    @PreAuthorize(CourseApiController.OFFICE)
    ResponseEntity<AttendeeView> enter(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable AttendanceRequest body) {
        Council council = councils.requireBySlug(slug);
        String delegate = body == null ? null : body.delegateId();
        if (delegate == null || delegate.isBlank()) {
            throw InvalidInputException.of("delegateId", "training.assessment.delegateRequired");
        }
        DelegateId delegateId;
        try {
            delegateId = DelegateId.of(delegate.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("delegateId", "training.assessment.delegateInvalid", delegate);
        }
        var recorded = attendance.enter(council.id(), id, delegateId);
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/training/sessions/" + id + "/attendance"))
                .body(AttendeeView.of(recorded));
    }

    @Operation(
            summary = "Nhập danh sách điểm danh (XLSX)",
            description =
                    "Tệp XLSX (phần \"file\"): dòng đầu là tiêu đề, cột \"Họ và tên\". Mỗi dòng phải là đúng một đại"
                            + " biểu của nhiệm kỳ; nếu có dòng sai, không dòng nào được nhập và lỗi liệt kê từng dòng"
                            + " (trường rows[n].name) kèm lý do (400).")
    @PostMapping(value = "/attendance/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(CourseApiController.OFFICE)
    TrainingAttendance.ImportResult importList(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "training.import.fileRequired");
        }
        return attendance.importList(
                council.id(),
                id,
                Objects.requireNonNullElse(file.getOriginalFilename(), "diem-danh.xlsx"),
                file.getBytes());
    }

    @Operation(
            summary = "Đại biểu tự điểm danh trong thời gian buổi học",
            description = "Từ 30 phút trước giờ bắt đầu đến khi kết thúc (ngoài khoảng đó: 409) → 201.")
    @PostMapping("/check-in")
    @PreAuthorize(CourseApiController.DELEGATE)
    ResponseEntity<AttendeeView> checkIn(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        var recorded = attendance.checkIn(council.id(), id, user.id().value());
        return ResponseEntity.created(
                        URI.create("/api/v1/councils/" + slug + "/training/sessions/" + id + "/attendance"))
                .body(AttendeeView.of(recorded));
    }
}
