package vn.hdndso.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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
import vn.hdndso.councils.DelegateId;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.training.AttendanceImportRefused;
import vn.hdndso.training.TrainingAttendance;
import vn.hdndso.training.TrainingSessions;

/**
 * A training session's page: who attended; the office enters a delegate or imports the signed
 * attendance list (every bad row shown with its reason, nothing imported); a delegate checks in
 * during the session.
 */
@Controller
@RequestMapping("/app/councils/{slug}/training/sessions/{id}")
class TrainingSessionPagesController {

    private final TrainingPage page;
    private final TrainingSessions sessions;
    private final TrainingAttendance attendance;

    TrainingSessionPagesController(TrainingPage page, TrainingSessions sessions, TrainingAttendance attendance) {
        this.page = page;
        this.sessions = sessions;
        this.attendance = attendance;
    }

    @GetMapping
    @PreAuthorize(CourseApiController.READERS)
    String show(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = page.open(slug, model).council();
        model.addAttribute("ts", sessions.require(council.id(), id));
        model.addAttribute("attendees", attendance.of(council.id(), id));
        return "training/session";
    }

    @PostMapping("/attendance")
    @PreAuthorize(CourseApiController.OFFICE)
    String enter(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID delegateId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model).council();
        try {
            if (delegateId == null) {
                throw InvalidInputException.of("delegateId", "training.assessment.delegateRequired");
            }
            attendance.enter(council.id(), id, new DelegateId(delegateId));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "enter", model, response);
            return show(slug, id, model);
        }
        redirect.addFlashAttribute("notice", "training.notice.entered");
        return "redirect:/app/councils/" + slug + "/training/sessions/" + id;
    }

    @PostMapping("/import")
    @PreAuthorize(CourseApiController.OFFICE)
    String importList(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Council council = page.open(slug, model).council();
        TrainingAttendance.ImportResult result;
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "training.import.fileRequired");
            }
            result = attendance.importList(
                    council.id(),
                    id,
                    Objects.requireNonNullElse(file.getOriginalFilename(), "diem-danh.xlsx"),
                    file.getBytes());
        } catch (InvalidInputException | BusinessRuleException e) {
            if (e instanceof AttendanceImportRefused refused) {
                model.addAttribute("badRows", refused.rows());
            }
            page.refused(e, "import", model, response);
            return show(slug, id, model);
        }
        redirect.addFlashAttribute("imported", result);
        return "redirect:/app/councils/" + slug + "/training/sessions/" + id;
    }

    @PostMapping("/check-in")
    @PreAuthorize(CourseApiController.DELEGATE)
    String checkIn(
            @PathVariable String slug,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model).council();
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        try {
            attendance.checkIn(council.id(), id, user.id().value());
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "checkin", model, response);
            return show(slug, id, model);
        }
        redirect.addFlashAttribute("notice", "training.notice.checkedIn");
        return "redirect:/app/councils/" + slug + "/training/sessions/" + id;
    }
}
