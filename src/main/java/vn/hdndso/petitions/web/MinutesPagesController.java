package vn.hdndso.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
import vn.hdndso.petitions.MeetingMinutes;
import vn.hdndso.petitions.MinutesProposal;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.InvalidInputException;

/**
 * Minutes become petitions: the clerk pastes or uploads the minutes, reviews the proposed petitions
 * (edits a text, the voters or the area, drops one, merges one into the one above) and confirms.
 */
@Controller
@RequestMapping("/app/councils/{slug}/petitions/meetings/{id}/minutes/review")
@PreAuthorize(MeetingApiController.ENTER)
class MinutesPagesController {

    private final Councils councils;
    private final VoterMeetings meetings;
    private final MeetingMinutes minutes;
    private final MessageSource messages;

    MinutesPagesController(Councils councils, VoterMeetings meetings, MeetingMinutes minutes, MessageSource messages) {
        this.councils = councils;
        this.meetings = meetings;
        this.minutes = minutes;
        this.messages = messages;
    }

    /** A proposal as the review form shows it. */
    record Row(
            int index,
            String text,
            String voters,
            String area,
            @Nullable String fieldName,
            boolean drop,
            boolean merge) {}

    @GetMapping
    String form(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        var meeting = meetings.require(council.id(), id);
        return page(council, id, meeting.minutes(), null, List.of(), model);
    }

    @PostMapping
    String propose(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "") String minutes,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        meetings.require(council.id(), id);
        String text = minutes;
        try {
            if (file != null && !file.isEmpty()) {
                text = this.minutes.text(name(file), file.getBytes());
            }
            List<MinutesProposal> proposals = this.minutes.propose(council.id(), id, text);
            List<Row> rows = new ArrayList<>();
            for (MinutesProposal p : proposals) {
                rows.add(new Row(
                        rows.size(),
                        p.text(),
                        p.votersText(),
                        Objects.requireNonNullElse(p.area(), ""),
                        p.fieldName(),
                        false,
                        false));
            }
            if (rows.isEmpty()) {
                model.addAttribute("problem", message("petitions.minutes.none"));
            }
            return page(council, id, text, rows, List.of(), model);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(council, id, text, null, problems(e), model);
        }
    }

    @PostMapping("/confirm")
    String confirm(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Council council = councils.requireBySlug(slug);
        List<Row> rows = rows(form);
        List<VoterMeetings.Raised> confirmed = MinutesReview.confirmed(rows);
        String text = form.getOrDefault("minutes", "");
        try {
            if (confirmed.isEmpty()) {
                throw InvalidInputException.of("petitions", "petitions.minutes.noneKept");
            }
            var receipts = minutes.confirm(council.id(), id, confirmed, text);
            redirect.addFlashAttribute("doneText", message("petitions.minutes.created", receipts.size()));
            return "redirect:" + PetitionLinks.staffMeeting(slug, id);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(council, id, text, rows, problems(e), model);
        }
    }

    static List<Row> rows(Map<String, String> form) {
        int count = 0;
        try {
            count = Math.min(500, Integer.parseInt(form.getOrDefault("count", "0")));
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(
                    i,
                    form.getOrDefault("text" + i, ""),
                    form.getOrDefault("voters" + i, ""),
                    form.getOrDefault("area" + i, ""),
                    form.get("fieldName" + i),
                    form.containsKey("drop" + i),
                    form.containsKey("merge" + i)));
        }
        return rows;
    }

    private String page(
            Council council,
            UUID id,
            @Nullable String text,
            @Nullable List<Row> rows,
            List<String> problems,
            Model model) {
        model.addAttribute("council", council);
        model.addAttribute("meeting", meetings.require(council.id(), id));
        model.addAttribute("minutes", text == null ? "" : text);
        model.addAttribute("rows", rows);
        model.addAttribute("problems", problems);
        return "petitions/staff-minutes";
    }

    private List<String> problems(InvalidInputException e) {
        return e.problems().stream()
                .map(p -> message(p.messageKey(), p.arguments()))
                .toList();
    }

    static String name(MultipartFile file) {
        return nameOr(file, "bien-ban");
    }

    static String nameOr(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? fallback : name;
    }

    private String message(String key, Object... arguments) {
        return Objects.requireNonNullElse(
                messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()), key);
    }
}
