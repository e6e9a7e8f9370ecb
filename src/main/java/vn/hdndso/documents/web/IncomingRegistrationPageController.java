package vn.hdndso.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.NewIncomingDocument;
import vn.hdndso.documents.Urgency;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.FormErrors;

/** The staff page that registers an incoming document; the form comes back with every problem. */
@Controller
@RequestMapping("/app/councils/{slug}/documents/incoming")
@PreAuthorize("@councilAccess.has('CLERK','COUNCIL_ADMIN')")
class IncomingRegistrationPageController {

    private final Councils councils;
    private final IncomingDocuments incoming;
    private final MessageSource messages;
    private final Clock clock;

    IncomingRegistrationPageController(
            Councils councils, IncomingDocuments incoming, MessageSource messages, Clock clock) {
        this.councils = councils;
        this.incoming = incoming;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the registration form holds, kept when it comes back with errors. */
    record RegistrationForm(
            String receivedOn,
            String issuingBody,
            String numberSymbol,
            String documentDate,
            String typeCode,
            String subject,
            String urgency) {

        static RegistrationForm empty(LocalDate today) {
            return new RegistrationForm(today.toString(), "", "", "", "CV", "", Urgency.NORMAL.name());
        }
    }

    @GetMapping("/new")
    String newForm(@PathVariable String slug, Model model) {
        return showForm(
                councils.requireBySlug(slug), RegistrationForm.empty(VnTime.today(clock)), Map.of(), null, model);
    }

    @PostMapping("/new")
    String register(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String receivedOn,
            @RequestParam(defaultValue = "") String issuingBody,
            @RequestParam(defaultValue = "") String numberSymbol,
            @RequestParam(defaultValue = "") String documentDate,
            @RequestParam(defaultValue = "") String typeCode,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "NORMAL") String urgency,
            @RequestParam(defaultValue = "false") boolean confirmDuplicate,
            @RequestParam(required = false) @Nullable MultipartFile file,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        var form =
                new RegistrationForm(receivedOn, issuingBody, numberSymbol, documentDate, typeCode, subject, urgency);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate received = FormFields.date("receivedOn", receivedOn, errors, messages);
        LocalDate dated = FormFields.date("documentDate", documentDate, errors, messages);
        try {
            if (!errors.isEmpty()) {
                throw InvalidInputException.of("form", "documents.form.invalid");
            }
            IncomingDocument created = incoming.register(
                    council.id(),
                    new NewIncomingDocument(
                            received,
                            issuingBody,
                            numberSymbol,
                            dated,
                            typeCode,
                            subject,
                            Urgency.parse(urgency).orElse(Urgency.NORMAL),
                            confirmDuplicate),
                    file == null || file.getOriginalFilename() == null ? "van-ban-den.pdf" : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("done", "documents.incoming.done.registered");
            return "redirect:/app/councils/" + slug + "/documents/incoming/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            FormErrors.add(e, errors, messages);
            return showForm(council, form, errors, null, model);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return showForm(
                    council, form, Map.of(), FormFields.message(messages, e.messageKey(), e.arguments()), model);
        }
    }

    private String showForm(
            Council council,
            RegistrationForm form,
            Map<String, String> errors,
            @Nullable String duplicate,
            Model model) {
        model.addAttribute("council", council);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        return "documents/incoming-form";
    }
}
