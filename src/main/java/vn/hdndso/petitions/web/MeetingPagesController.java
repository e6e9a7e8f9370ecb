package vn.hdndso.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.MeetingTiming;
import vn.hdndso.petitions.NewVoterMeeting;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FormErrors;

/**
 * Voter-contact meetings in the workspace: the list and the planning form, and a meeting's page
 * where a clerk or delegate types the petitions raised there on a phone, one per line.
 */
@Controller
@RequestMapping("/app/councils/{slug}/petitions/meetings")
class MeetingPagesController {

    private final Councils councils;
    private final java.time.Clock clock;
    private final VoterMeetings meetings;
    private final MessageSource messages;

    MeetingPagesController(Councils councils, VoterMeetings meetings, MessageSource messages, java.time.Clock clock) {
        this.councils = councils;
        this.clock = clock;
        this.meetings = meetings;
        this.messages = messages;
    }

    record Form(
            String title,
            String delegateGroup,
            String delegates,
            String frontCoOrganiser,
            String place,
            String format,
            String onlineLink,
            String heldOn,
            String timing,
            String sessionReference) {

        static Form empty(java.time.LocalDate today) {
            return new Form("", "", "", "Ủy ban MTTQ Việt Nam", "", "IN_PERSON", "", today.toString(), "BEFORE", "");
        }
    }

    @GetMapping
    @PreAuthorize(MeetingApiController.ENTER)
    String list(@PathVariable String slug, Model model) {
        return show(councils.requireBySlug(slug), Form.empty(VnTime.today(clock)), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize(MeetingApiController.PLAN)
    String plan(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String delegateGroup,
            @RequestParam(defaultValue = "") String delegates,
            @RequestParam(defaultValue = "") String frontCoOrganiser,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String format,
            @RequestParam(defaultValue = "") String onlineLink,
            @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "") String timing,
            @RequestParam(defaultValue = "") String sessionReference,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Council council = councils.requireBySlug(slug);
        var form = new Form(
                title,
                delegateGroup,
                delegates,
                frontCoOrganiser,
                place,
                format,
                onlineLink,
                heldOn,
                timing,
                sessionReference);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate held = null;
        try {
            held = heldOn.isBlank() ? null : vn.hdndso.shared.VnDates.parseDate(heldOn);
        } catch (DateTimeParseException e) {
            errors.put("heldOn", message(vn.hdndso.shared.VnDates.INVALID));
        }
        try {
            if (!errors.isEmpty()) {
                throw InvalidInputException.of("form", "petitions.form.invalid");
            }
            VoterMeeting meeting = meetings.plan(
                    council.id(),
                    new NewVoterMeeting(
                            title,
                            delegateGroup,
                            delegates,
                            frontCoOrganiser,
                            place,
                            parse(MeetingFormat.class, format),
                            onlineLink,
                            held,
                            parse(MeetingTiming.class, timing),
                            sessionReference,
                            null));
            redirect.addFlashAttribute("done", "petitions.done.planned");
            return "redirect:" + PetitionLinks.staffMeeting(slug, meeting.id());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            FormErrors.add(e, errors, messages);
            return show(council, form, errors, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(MeetingApiController.ENTER)
    String meeting(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("meeting", meetings.require(council.id(), id));
        model.addAttribute("petitions", meetings.petitions(council.id(), id));
        return "petitions/staff-meeting";
    }

    /** The quick entry: one petition per line of the text box. */
    @PostMapping("/{id}/petitions")
    @PreAuthorize(MeetingApiController.ENTER)
    String enter(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String lines,
            @RequestParam(defaultValue = "") String area,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            var receipts = meetings.enter(council.id(), id, VoterMeetings.lines(lines, area));
            redirect.addFlashAttribute("doneText", message("petitions.done.entered", receipts.size()));
        } catch (InvalidInputException e) {
            var p = e.problems().getFirst();
            redirect.addFlashAttribute("problemText", message(p.messageKey(), p.arguments()));
            redirect.addFlashAttribute("lines", lines);
        }
        return "redirect:" + PetitionLinks.staffMeeting(slug, id);
    }

    @PostMapping("/{id}/minutes")
    @PreAuthorize(MeetingApiController.PLAN)
    String minutes(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String minutes,
            RedirectAttributes redirect) {
        Council council = councils.requireBySlug(slug);
        try {
            meetings.recordMinutes(council.id(), id, minutes);
            redirect.addFlashAttribute("done", "petitions.done.minutes");
        } catch (InvalidInputException e) {
            var p = e.problems().getFirst();
            redirect.addFlashAttribute("problemText", message(p.messageKey(), p.arguments()));
        }
        return "redirect:" + PetitionLinks.staffMeeting(slug, id);
    }

    private String show(Council council, Form form, Map<String, String> errors, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("meetings", meetings.list(council.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formats", MeetingFormat.values());
        model.addAttribute("timings", MeetingTiming.values());
        return "petitions/staff-meetings";
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String message(String key, Object... arguments) {
        return java.util.Objects.requireNonNullElse(
                messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()), key);
    }
}
