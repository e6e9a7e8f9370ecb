package vn.hdndso.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with messages from the bundle in the request's language. */
@Component
public class Problems {

    public static final String TYPE_BASE = "https://hdnd-so.github.io/problems/";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ResponseEntity<ProblemDetail> response(
            HttpStatus status, String type, String detailKey, @Nullable Object... args) {
        return response(problem(status, type, detailKey, args));
    }

    public ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    public ProblemDetail problem(HttpStatus status, String type, String detailKey, @Nullable Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(message("problem.title." + type));
        problem.setDetail(message(detailKey, args));
        return problem;
    }

    /** A 400 naming the fields that are wrong. */
    public ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.detail.validation");
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message()))
                        .toList());
        return problem;
    }

    public String message(String key, @Nullable Object @Nullable ... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return Objects.requireNonNullElse(messages.getMessage(key, args, key, locale), key);
    }

    /** One field's problem, already translated. */
    public record FieldError(String field, String message) {}
}
