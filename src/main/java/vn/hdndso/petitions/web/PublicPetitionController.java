package vn.hdndso.petitions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.AnswerMap;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.PublicPetitionStatus;
import vn.hdndso.petitions.VoterFeedback;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FormErrors;
import vn.hdndso.shared.web.Page;

/**
 * The public pages of a council's petitions: the form (no account; consent to the stated purpose),
 * the receipt with the tracking code, the tracking page, and the published answers.
 */
@Controller
class PublicPetitionController {

    private final Councils councils;
    private final java.time.Clock clock;
    private final Petitions petitions;
    private final PetitionIssues issues;
    private final MessageSource messages;
    private final VoterFeedback feedback;
    private final AnswerMap map;

    PublicPetitionController(
            Councils councils,
            Petitions petitions,
            PetitionIssues issues,
            MessageSource messages,
            VoterFeedback feedback,
            AnswerMap map,
            java.time.Clock clock) {
        this.feedback = feedback;
        this.map = map;
        this.councils = councils;
        this.clock = clock;
        this.petitions = petitions;
        this.issues = issues;
        this.messages = messages;
    }

    /** What the form holds, kept when it comes back with errors. */
    record Form(String content, String submitterName, String contact, String area, String latitude, String longitude) {

        static Form empty() {
            return new Form("", "", "", "", "", "");
        }
    }

    @GetMapping("/{slug:[a-z0-9-]+}/kien-nghi")
    String form(@PathVariable String slug, Model model) {
        return showForm(councils.requireBySlug(slug), Form.empty(), Map.of(), null, model);
    }

    @PostMapping("/{slug:[a-z0-9-]+}/kien-nghi")
    String submit(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String submitterName,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String latitude,
            @RequestParam(defaultValue = "") String longitude,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(defaultValue = "") String website,
            @RequestParam(required = false) @Nullable MultipartFile photo,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        var form = new Form(content, submitterName, contact, area, latitude, longitude);
        Map<String, String> errors = new LinkedHashMap<>();
        Double lat = number("latitude", latitude, errors);
        Double lon = number("longitude", longitude, errors);
        boolean hasPhoto = photo != null && !photo.isEmpty();
        try {
            if (!errors.isEmpty()) {
                throw InvalidInputException.of("form", "petitions.form.invalid");
            }
            var receipt = petitions.submit(
                    council.id(),
                    NewPetition.fromPublicForm(
                            content,
                            new NewPetition.Submitter(submitterName, contact, null, area),
                            consent,
                            new NewPetition.Location(lat, lon),
                            photo != null && hasPhoto
                                    ? new NewPetition.Photo(photo.getOriginalFilename(), photo.getBytes())
                                    : null,
                            request.getRemoteAddr(),
                            website));
            model.addAttribute("council", council);
            model.addAttribute("code", receipt.trackingCode());
            model.addAttribute("display", display(receipt.trackingCode()));
            model.addAttribute("complaint", receipt.complaint());
            model.addAttribute("outsideArea", receipt.outsideArea());
            model.addAttribute("hasContact", !contact.isBlank());
            response.setStatus(HttpStatus.CREATED.value());
            return "petitions/received";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            FormErrors.add(e, errors, messages);
            if (errors.isEmpty()) {
                errors.put("content", message("petitions.form.invalid"));
            }
            return showForm(council, form, errors, null, model);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return showForm(council, form, Map.of(), message(e.messageKey(), e.arguments()), model);
        }
    }

    /** The lookup box: a code typed in any form goes to its page. */
    @GetMapping("/{slug:[a-z0-9-]+}/kien-nghi/tra-cuu")
    String lookup(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String ma,
            Model model,
            HttpServletResponse response) {
        Council council = councils.requireBySlug(slug);
        String code = ma.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            model.addAttribute("council", council);
            model.addAttribute("code", "");
            return "petitions/lookup";
        }
        if (!code.matches("[A-Z0-9]{1,40}")) {
            // no tracking code has other characters ("{x}" would even make the redirect a URI
            // template): the lookup box again, saying plainly that no petition has this code
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("council", council);
            model.addAttribute("code", "");
            model.addAttribute("notFound", true);
            return "petitions/lookup";
        }
        return "redirect:" + PetitionLinks.tracking(slug, code);
    }

    @GetMapping("/{slug:[a-z0-9-]+}/kien-nghi/tra-cuu/{code}")
    String track(@PathVariable String slug, @PathVariable String code, Model model) {
        Council council = councils.requireBySlug(slug);
        PublicPetitionStatus status = petitions
                .track(code)
                .filter(s -> s.councilSlug().equals(council.slug()))
                .orElseThrow(() -> new NotFoundException("petitions.tracking.notFound", code));
        model.addAttribute("council", council);
        model.addAttribute("status", status);
        model.addAttribute("today", VnTime.today(clock));
        model.addAttribute("loop", feedback.loop(code).orElse(null));
        return "petitions/tracking";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/kien-nghi/tra-loi")
    String answers(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer page, Model model) {
        Council council = councils.requireBySlug(slug);
        Page<PetitionIssue> found = issues.published(council.id(), new Page.Request(page, 20));
        model.addAttribute("council", council);
        model.addAttribute("answers", found);
        model.addAttribute("issues", issues);
        return "petitions/answers";
    }

    @GetMapping("/{slug:[a-z0-9-]+}/kien-nghi/tra-loi/{id}")
    String answer(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("issue", issues.requirePublished(council.id(), id));
        model.addAttribute("issues", issues);
        return "petitions/answer";
    }

    private String showForm(
            Council council, Form form, Map<String, String> errors, @Nullable String problem, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("purpose", petitions.consentPurpose());
        model.addAttribute("tiles", map.tiles());
        model.addAttribute("bounds", AnswerMapController.bounds(map.area(council.id())));
        return "petitions/form";
    }

    static String display(String code) {
        return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    private static @Nullable Double number(String field, String value, Map<String, String> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "—");
            return null;
        }
    }

    private String message(String key, Object... args) {
        return java.util.Objects.requireNonNullElse(
                messages.getMessage(key, args, key, LocaleContextHolder.getLocale()), key);
    }
}
