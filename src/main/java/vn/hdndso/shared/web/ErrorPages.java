package vn.hdndso.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.hdndso.shared.NotFoundException;

/**
 * The last stop of every failure that no handler answered: a problem document under the
 * machine paths, a Vietnamese error page everywhere else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && isMachinePath(uri)) {
            return problemFor(problems, status);
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("titleKey", "error.page." + family(status) + ".title");
        model.addAttribute("messageKey", "error.page." + family(status) + ".message");
        model.addAttribute("inWorkspace", isWorkspacePath(uri));
        return "error";
    }

    static ResponseEntity<ProblemDetail> problemFor(Problems problems, HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> problems.response(status, "not-found", "problem.detail.notFound");
            case UNAUTHORIZED -> problems.response(status, "unauthorized", "problem.detail.unauthorized");
            case FORBIDDEN -> problems.response(status, "forbidden", "problem.detail.forbidden");
            case METHOD_NOT_ALLOWED -> problems.response(status, "method", "problem.detail.method", "");
            case CONTENT_TOO_LARGE -> problems.response(status, "too-large", "problem.detail.tooLarge");
            case UNSUPPORTED_MEDIA_TYPE -> problems.response(status, "media-type", "problem.detail.mediaType", "");
            default ->
                status.is4xxClientError()
                        ? problems.response(status, "bad-request", "problem.detail.badRequest")
                        : problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.detail.internal");
        };
    }

    /** A page of the staff workspace: its error pages lead back into the workspace. */
    static boolean isWorkspacePath(@Nullable String uri) {
        return uri != null && (uri.equals("/app") || uri.startsWith("/app/"));
    }

    static boolean isMachinePath(String uri) {
        return uri.startsWith("/api/")
                || uri.startsWith("/oparl/")
                || uri.startsWith("/open311/")
                || uri.startsWith("/actuator/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String family(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "404";
            case FORBIDDEN -> "403";
            case UNAUTHORIZED -> "401";
            default -> status.is4xxClientError() ? "400" : "500";
        };
    }
}
