package vn.hdndso.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Delegate;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.training.Assessments;
import vn.hdndso.training.Courses;
import vn.hdndso.training.NewAssessment;
import vn.hdndso.training.NewCourse;
import vn.hdndso.training.NewTrainingSession;
import vn.hdndso.training.SkillLevel;
import vn.hdndso.training.TrainingRecords;
import vn.hdndso.training.TrainingSessions;

/**
 * The workspace tab "Bồi dưỡng": the office adds courses, plans sessions and records assessments;
 * a delegate sees their own training and checks in; every account of the council reads.
 */
@Controller
@RequestMapping("/app/councils/{slug}/training")
class TrainingPagesController {

    private final TrainingPage page;
    private final Courses courses;
    private final TrainingSessions sessions;
    private final Assessments assessments;
    private final TrainingRecords records;

    TrainingPagesController(
            TrainingPage page,
            Courses courses,
            TrainingSessions sessions,
            Assessments assessments,
            TrainingRecords records) {
        this.page = page;
        this.courses = courses;
        this.sessions = sessions;
        this.assessments = assessments;
        this.records = records;
    }

    @GetMapping
    @PreAuthorize(CourseApiController.READERS)
    String show(@PathVariable String slug, Model model) {
        TrainingPage.Opened opened = page.open(slug, model);
        Council council = opened.council();
        model.addAttribute("courses", courses.list(council.id()));
        model.addAttribute("topics", vn.hdndso.training.CourseTopic.values());
        model.addAttribute("sessions", sessions.list(council.id()));
        model.addAttribute("assessments", assessments.list(council.id()));
        Delegate me = opened.me();
        if (me != null) {
            model.addAttribute("mine", records.of(council.id(), me.id()));
        }
        long proficient = opened.levels().values().stream()
                .filter(l -> l == SkillLevel.PROFICIENT)
                .count();
        model.addAttribute(
                "chart",
                LevelChart.of(opened.delegates().size(), opened.levels().size(), proficient));
        return "training/staff";
    }

    @PostMapping("/courses")
    @PreAuthorize(CourseApiController.OFFICE)
    String createCourse(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String description,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model).council();
        try {
            courses.create(council.id(), new NewCourse(code, title, topic, description));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "course", model, response);
            return show(slug, model);
        }
        redirect.addFlashAttribute("notice", "training.notice.courseAdded");
        return "redirect:/app/councils/" + slug + "/training#courses";
    }

    @PostMapping("/sessions")
    @PreAuthorize(CourseApiController.OFFICE)
    String plan(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String course,
            @RequestParam(required = false) @Nullable String startsAt,
            @RequestParam(required = false) @Nullable String endsAt,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String link,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model).council();
        UUID id;
        try {
            id = sessions.plan(council.id(), new NewTrainingSession(course, startsAt, endsAt, format, place, link))
                    .id();
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "session", model, response);
            return show(slug, model);
        }
        redirect.addFlashAttribute("notice", "training.notice.sessionPlanned");
        return "redirect:/app/councils/" + slug + "/training/sessions/" + id;
    }

    @PostMapping("/assessments")
    @PreAuthorize(CourseApiController.OFFICE)
    String assess(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String delegateId,
            @RequestParam(required = false) @Nullable String course,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String assessedOn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Council council = page.open(slug, model).council();
        try {
            assessments.record(council.id(), new NewAssessment(delegateId, course, level, assessedOn));
        } catch (InvalidInputException | BusinessRuleException e) {
            page.refused(e, "assessment", model, response);
            return show(slug, model);
        }
        redirect.addFlashAttribute("notice", "training.notice.assessed");
        return "redirect:/app/councils/" + slug + "/training#assessments";
    }
}
