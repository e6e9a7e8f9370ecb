package vn.hdndso.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.web.Problems;

/** 401 on a machine path as a problem document, asking for Basic or a bearer API key. */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;
    private final JsonMapper json;

    ProblemEntryPoint(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof PasswordChecksBusyException) {
            tooManyPasswordChecks(request, response);
            return;
        }
        ProblemDetail problem = problems.problem(
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                e instanceof SecondFactorRequiredException
                        ? "problem.detail.secondFactorRequired"
                        : "problem.detail.badCredentials");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"hdnd-so\", Bearer realm=\"hdnd-so\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** 429: the password was not checked; the client may retry in a few seconds. */
    private void tooManyPasswordChecks(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem =
                problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "problem.detail.tooManySignIns");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "10");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
