package vn.hdndso.petitions.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionImportJobs;

/** Imports of petition lists as background jobs in the JSON API (clerk, council administrator). */
@RestController
class ImportJobApiController {

    static final String BASE = "/api/v1/councils/{slug}/petition-import-jobs";

    private final Councils councils;
    private final PetitionImportJobs jobs;
    private final MessageSource messages;

    ImportJobApiController(Councils councils, PetitionImportJobs jobs, MessageSource messages) {
        this.councils = councils;
        this.jobs = jobs;
        this.messages = messages;
    }

    @PostMapping(BASE)
    @PreAuthorize(PetitionApiController.STAFF)
    @Operation(
            summary = "Start a background import of a petition list",
            description = "Multipart `file` (CSV or XLSX, up to 50 MB), the mapping as `map.content=<header>` …"
                    + " (guessed from the header when absent). 202 with the job; follow `GET …/{id}`.")
    ResponseEntity<PetitionImportJobs.Job> start(
            @PathVariable String slug,
            @RequestParam("file") MultipartFile file,
            @RequestParam Map<String, String> parameters)
            throws IOException {
        Council council = councils.requireBySlug(slug);
        var job = jobs.upload(council.id(), MinutesPagesController.nameOr(file, "danh-sach"), file.getBytes());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(jobs.start(council.id(), job.id(), ImportApiController.mapping(parameters)));
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize(PetitionApiController.STAFF)
    @Operation(summary = "An import job's state and progress")
    PetitionImportJobs.Job status(@PathVariable String slug, @PathVariable UUID id) {
        return jobs.require(councils.requireBySlug(slug).id(), id);
    }

    @PostMapping(BASE + "/{id}/cancel")
    @PreAuthorize(PetitionApiController.STAFF)
    @Operation(summary = "Cancel an import job", description = "Stops after the current batch; 409 when it has ended.")
    PetitionImportJobs.Job cancel(@PathVariable String slug, @PathVariable UUID id) {
        return jobs.cancel(councils.requireBySlug(slug).id(), id);
    }

    @GetMapping(BASE + "/{id}/errors.csv")
    @PreAuthorize(PetitionApiController.STAFF)
    @Operation(summary = "The rows left out, as CSV (dong,cot,loi,gia_tri)")
    ResponseEntity<byte[]> errors(@PathVariable String slug, @PathVariable UUID id) {
        return csv(jobs, messages, councils.requireBySlug(slug), id);
    }

    static ResponseEntity<byte[]> csv(PetitionImportJobs jobs, MessageSource messages, Council council, UUID id) {
        var out = new StringBuilder("\uFEFFdong,cot,loi,gia_tri\r\n");
        for (var e : jobs.errors(council.id(), id)) {
            String reason = messages.getMessage(
                    e.messageKey(), new Object[] {e.row()}, e.messageKey(), LocaleContextHolder.getLocale());
            out.append(e.row())
                    .append(',')
                    .append(quote(e.field()))
                    .append(',')
                    .append(quote(reason == null ? e.messageKey() : reason))
                    .append(',')
                    .append(quote(e.value()))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loi-nhap-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
