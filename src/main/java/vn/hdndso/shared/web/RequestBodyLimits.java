package vn.hdndso.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than its endpoint's limit ({@link BodyLimitProperties}) from the
 * declared {@code Content-Length}, before any filter reads a parameter (which makes the container
 * parse a multipart body whole), before the rate limiters and before the handler: {@code 413} with
 * a Vietnamese problem. A body without a declared length on a limited endpoint is refused with
 * {@code 411}, since its size could only be learnt by reading it.
 */
@Component
@Order(RequestBodyLimits.ORDER)
class RequestBodyLimits extends OncePerRequestFilter {

    /** Before the language filter (-102, which reads {@code ?lang}) and Spring Security (-100). */
    static final int ORDER = -110;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Limit(String method, PathPattern path, long max) {}

    private final List<Limit> limits;

    /** The methods any rule names: a request with another one (every GET) is not looked at. */
    private final java.util.Set<String> methods;

    private final MessageSource messages;
    private final LocaleResolver locales;

    RequestBodyLimits(BodyLimitProperties settings, MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
        var parser = new PathPatternParser();
        this.limits = settings.rules().stream()
                .map(r -> new Limit(
                        r.method() == null ? "POST" : r.method().toUpperCase(Locale.ROOT),
                        parser.parse(r.path()),
                        r.max().toBytes()))
                .toList();
        this.methods = limits.stream().map(Limit::method).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !methods.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Limit> limit = limitOf(request);
        if (limit.isPresent()) {
            long declared = request.getContentLengthLong();
            if (declared < 0 && chunked(request)) {
                refuse(request, response, HttpStatus.LENGTH_REQUIRED, "reliability.body.lengthRequired", limit.get());
                return;
            }
            if (declared > limit.get().max()) {
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "reliability.body.tooLarge", limit.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean chunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && !encoding.isBlank();
    }

    private Optional<Limit> limitOf(HttpServletRequest request) {
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        String method = request.getMethod();
        return limits.stream()
                .filter(l -> l.method().equals(method) && l.path().matches(path))
                .findFirst();
    }

    private void refuse(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Limit limit)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = Objects.requireNonNullElse(
                messages.getMessage(key, new Object[] {readable(limit.max())}, key, locale), key);
        String title =
                Objects.requireNonNullElse(messages.getMessage("problem.title.body-limit", null, "", locale), "");
        response.setStatus(status.value());
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", Problems.TYPE_BASE + "body-limit");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("maxBytes", limit.max());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /** "9 MB", "256 KB": the limit as people read it (a 64 KB limit is not "1 MB"). */
    static String readable(long bytes) {
        long mebibyte = 1024L * 1024L;
        if (bytes >= mebibyte) {
            return (bytes / mebibyte) + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
