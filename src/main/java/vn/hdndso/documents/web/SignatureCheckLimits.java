package vn.hdndso.documents.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.limits.RateLimiter;
import vn.hdndso.shared.web.Problems;

/**
 * Limits the public signature check ({@code POST /api/v1/signatures/validate} and {@code POST
 * /kiem-tra-chu-ky}), which parses a PDF of up to the body limit and validates its signatures:
 * at most {@link SignatureCheckProperties#concurrent()} checks at once ({@code 503} with {@code
 * Retry-After} when full) and {@link SignatureCheckProperties#perMinute()} a minute from one
 * address on all instances together ({@code 429} with {@code Retry-After}). Runs before anything reads the body; the size
 * itself is limited by {@code hdnd.web.body-limits}.
 */
@Component
@Order(SignatureCheckLimits.ORDER)
class SignatureCheckLimits extends OncePerRequestFilter {

    /** After the body limits (-110), before the language filter (-102) reads a parameter. */
    static final int ORDER = -108;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CheckGate gate;
    private final MessageSource messages;
    private final LocaleResolver locales;

    SignatureCheckLimits(
            SignatureCheckProperties settings, RateLimiter limiter, MessageSource messages, LocaleResolver locales) {
        this.gate = new CheckGate(settings.concurrent(), settings.perMinute(), settings.retryWhenBusy(), limiter);
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        // only an upload costs a check: a request without a multipart body is refused cheaply
        // by the handler mapping (415) and does not count
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !(path.equals("/api/v1/signatures/validate") || path.equals(SignatureCheckPageController.PATH));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CheckGate.Refusal> refusal = gate.enter(request.getRemoteAddr());
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            gate.leave();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, CheckGate.Refusal refusal)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        HttpStatus status = refusal.busy() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS;
        String key = refusal.busy() ? "reliability.signatures.busy" : "reliability.signatures.tooMany";
        String detail = Objects.requireNonNullElse(
                messages.getMessage(key, new Object[] {refusal.retryAfterSeconds()}, key, locale), key);
        String title = Objects.requireNonNullElse(messages.getMessage("problem.title.busy", null, "", locale), "");
        response.setStatus(status.value());
        response.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", Problems.TYPE_BASE + "busy");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
