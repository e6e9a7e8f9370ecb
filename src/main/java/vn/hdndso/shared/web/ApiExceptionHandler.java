package vn.hdndso.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Turns every failure of a JSON endpoint into an RFC 9457 problem with a Vietnamese (or
 * English) detail; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problems.response(HttpStatus.NOT_FOUND, "not-found", e.messageKey(), e.arguments());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> conflict(BusinessRuleException e) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "conflict", e.messageKey(), e.arguments());
        if (e.field() != null) {
            problem.setProperty(
                    "errors",
                    List.of(java.util.Map.of(
                            "field", e.field(), "message", problems.message(e.messageKey(), e.arguments()))));
        }
        return problems.response(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problems.response(problems.invalid(e.problems().stream()
                .map(p -> new Problems.FieldError(p.field(), problems.message(p.messageKey(), p.arguments())))
                .toList()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> errors.add(new Problems.FieldError(
                        f.getField(), problems.message("validation.field." + f.getCode(), f.getArguments()))));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(new Problems.FieldError(
                        g.getObjectName(), problems.message("validation.field." + g.getCode(), g.getArguments()))));
        return problems.response(problems.invalid(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return problems.response(problems.invalid(List.of(new Problems.FieldError(
                    path(format), problems.message("validation.enum", format.getValue(), allowed)))));
        }
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return problems.response(problems.invalid(
                    List.of(new Problems.FieldError(path(mismatch), problems.message("validation.type")))));
        }
        if (cause instanceof JacksonException json && json.getLocation() != null) {
            return problems.response(
                    HttpStatus.BAD_REQUEST,
                    "malformed",
                    "problem.detail.malformedAt",
                    json.getLocation().getLineNr(),
                    json.getLocation().getColumnNr());
        }
        return problems.response(HttpStatus.BAD_REQUEST, "malformed", "problem.detail.malformed");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problems.response(
                problems.invalid(List.of(new Problems.FieldError(e.getName(), problems.message("validation.type")))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problems.response(problems.invalid(
                List.of(new Problems.FieldError(e.getParameterName(), problems.message("validation.required")))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return problems.response(problems.invalid(
                List.of(new Problems.FieldError(e.getRequestPartName(), problems.message("validation.required")))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problems.response(HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.detail.tooLarge");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problems.response(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", "problem.detail.mediaType", e.getContentType());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problems.response(HttpStatus.METHOD_NOT_ALLOWED, "method", "problem.detail.method", e.getMethod());
    }

    /**
     * Denied inside a council the caller does not work for answers 404, as if the resource did
     * not exist; anonymous callers are asked to sign in.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        if (anonymous) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"hdnd-so\", Bearer realm=\"hdnd-so\"")
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "problem.detail.unauthorized"));
        }
        if (Tenancy.current() instanceof TenantScope.PublicCouncil) {
            return problems.response(HttpStatus.NOT_FOUND, "not-found", "problem.detail.notFound");
        }
        return problems.response(HttpStatus.FORBIDDEN, "forbidden", "problem.detail.forbidden");
    }

    @ExceptionHandler(Exception.class)
    @Nullable
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException) {
            // the client went away during a stream (a live viewer closed the page): nothing to answer
            log.debug("The client of {} went away: {}", request.getRequestURI(), e.toString());
            return null;
        }
        if (e instanceof org.springframework.web.ErrorResponse framework) {
            HttpStatus status = HttpStatus.resolve(framework.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                return ErrorPages.problemFor(problems, status);
            }
        }
        if (cancelledByTimeout(e)) {
            // hdnd.db.statement-timeout: PostgreSQL cancelled a statement that ran too long
            log.warn(
                    "A statement ran over the database's time limit on {} {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e);
            return problems.response(
                    HttpStatus.SERVICE_UNAVAILABLE, "database-timeout", "problem.detail.databaseTimeout");
        }
        if (refusedCharacter(e)) {
            // a NUL character (\u0000) in a text: valid JSON, but PostgreSQL stores no such text; the
            // transaction rolled back, so nothing was written
            return problems.response(HttpStatus.BAD_REQUEST, "invalid-character", "problem.detail.invalidCharacter");
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.detail.internal");
    }

    /** Whether PostgreSQL cancelled a statement ({@code 57014}: the statement timeout) somewhere behind the error. */
    static boolean cancelledByTimeout(Throwable e) {
        return sqlStateBehind(e, "57014");
    }

    /**
     * Whether PostgreSQL refused a character of the request's text ({@code 22021}: "invalid byte
     * sequence", which a NUL character in a JSON string causes) somewhere behind the error.
     */
    static boolean refusedCharacter(Throwable e) {
        return sqlStateBehind(e, "22021");
    }

    private static boolean sqlStateBehind(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
