package vn.hdndso.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionImportJobs;
import vn.hdndso.petitions.PetitionImports;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * Import of a petition list in the workspace, as a background job: upload (the rows are counted),
 * the column mapping with a preview of the first rows, start; then the job's page shows its progress
 * (polled by htmx every second while it runs), lets the clerk cancel it and download the rows left
 * out.
 */
@Controller
@RequestMapping("/app/councils/{slug}/petitions/import")
@PreAuthorize(PetitionApiController.STAFF)
class ImportPagesController {

    private final Councils councils;
    private final PetitionImportJobs jobs;
    private final MessageSource messages;

    ImportPagesController(Councils councils, PetitionImportJobs jobs, MessageSource messages) {
        this.councils = councils;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        return upload(council, List.of(), model);
    }

    @PostMapping
    String upload(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable MultipartFile file,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "petitions.import.empty");
            }
            var job = jobs.upload(council.id(), MinutesPagesController.nameOr(file, "danh-sach"), file.getBytes());
            return "redirect:/app/councils/" + slug + "/petitions/import/jobs/" + job.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return upload(council, problems(e), model);
        }
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        var job = jobs.require(council.id(), id);
        if (job.state() == PetitionImportJobs.State.UPLOADED) {
            return preview(council, job, Map.of(), List.of(), model);
        }
        return progressPage(council, job, model);
    }

    @PostMapping("/jobs/{id}")
    String startOrRemap(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "preview") String action,
            @RequestParam Map<String, String> parameters,
            HttpServletResponse response,
            Model model) {
        Council council = councils.requireBySlug(slug);
        var job = jobs.require(council.id(), id);
        Map<String, String> mapping = ImportApiController.mapping(parameters);
        try {
            if ("start".equals(action)) {
                jobs.start(council.id(), id, mapping);
                return "redirect:/app/councils/" + slug + "/petitions/import/jobs/" + id;
            }
            return preview(council, job, mapping, List.of(), model);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return preview(council, job, Map.of(), problems(e), model);
        } catch (BusinessRuleException e) {
            return "redirect:/app/councils/" + slug + "/petitions/import/jobs/" + id;
        }
    }

    /** The progress box alone, for htmx polling. */
    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable String slug, @PathVariable UUID id, Model model) {
        Council council = councils.requireBySlug(slug);
        model.addAttribute("council", council);
        model.addAttribute("job", jobs.require(council.id(), id));
        return "petitions/staff-import-job :: progress";
    }

    @PostMapping("/jobs/{id}/cancel")
    String cancel(@PathVariable String slug, @PathVariable UUID id) {
        Council council = councils.requireBySlug(slug);
        try {
            jobs.cancel(council.id(), id);
        } catch (BusinessRuleException e) {
            // already over: the page says how it ended
        }
        return "redirect:/app/councils/" + slug + "/petitions/import/jobs/" + id;
    }

    @GetMapping("/jobs/{id}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable String slug, @PathVariable UUID id) {
        return ImportJobApiController.csv(jobs, messages, councils.requireBySlug(slug), id);
    }

    private String upload(Council council, List<String> problems, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("jobs", jobs.recent(council.id()));
        model.addAttribute("problems", problems);
        return "petitions/staff-import";
    }

    private String preview(
            Council council,
            PetitionImportJobs.Job job,
            Map<String, String> mapping,
            List<String> problems,
            Model model) {
        model.addAttribute("council", council);
        model.addAttribute("job", job);
        model.addAttribute("problems", problems);
        model.addAttribute("targets", PetitionImports.TARGETS);
        try {
            model.addAttribute("preview", jobs.preview(council.id(), job.id(), mapping));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", problems(e));
            model.addAttribute("preview", null);
        }
        return "petitions/staff-import-job";
    }

    private String progressPage(Council council, PetitionImportJobs.Job job, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("job", job);
        model.addAttribute("problems", List.of());
        return "petitions/staff-import-job";
    }

    private List<String> problems(InvalidInputException e) {
        return e.problems().stream()
                .map(p -> message(p.messageKey(), p.arguments()))
                .toList();
    }

    private String message(String key, Object... arguments) {
        return Objects.requireNonNullElse(
                messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()), key);
    }
}
