package vn.hdndso.sessions.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.web.Problems;

/**
 * Bounds the live streams of sessions (the public {@code /{slug}/ky-hop/{id}/su-kien}, the API's
 * {@code /events} and the workspace's {@code /live}): at most {@link LiveStreamProperties#total()}
 * open in the instance, {@link LiveStreamProperties#perAddress()} from one client address and
 * {@link LiveStreamProperties#perViewer()} for one signed-in person or browser session. One more
 * gets {@code 429} with {@code Retry-After} and a Vietnamese problem before the stream opens. A
 * stream's slot comes free when it ends: closed by the client (noticed at the next write, at the
 * latest the heartbeat), timed out or failed.
 */
@Component
@Order(LiveStreamLimits.ORDER)
class LiveStreamLimits extends OncePerRequestFilter {

    /** After Spring Security (-100), so that the signed-in person is known. */
    static final int ORDER = 0;

    static final int RETRY_AFTER_SECONDS = 30;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final PathPattern[] STREAMS = {
        PARSER.parse("/{slug}/ky-hop/{id}/su-kien"),
        PARSER.parse("/api/v1/councils/{slug}/sessions/{id}/events"),
        PARSER.parse("/app/councils/{slug}/sessions/{id}/live"),
        PARSER.parse("/app/councils/{slug}/my-sessions/{id}/live")
    };

    private final LiveStreamGate gate;
    private final MessageSource messages;
    private final LocaleResolver locales;

    LiveStreamLimits(LiveStreamProperties settings, MessageSource messages, LocaleResolver locales) {
        this.gate = new LiveStreamGate(settings.total(), settings.perAddress(), settings.perViewer());
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        var path = org.springframework.http.server.PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (PathPattern stream : STREAMS) {
            if (stream.matches(path)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String viewer = viewer(request);
        Optional<LiveStreamGate.Refusal> refusal = gate.enter(address, viewer);
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        AtomicBoolean left = new AtomicBoolean();
        Runnable leave = () -> {
            if (left.compareAndSet(false, true)) {
                gate.leave(address, viewer);
            }
        };
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Release(leave));
            } else {
                leave.run();
            }
        }
    }

    /** Streams open now (for the tests and the documentation's figures). */
    int open() {
        return gate.open();
    }

    private static @Nullable String viewer(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            return "user:" + principal.getName();
        }
        HttpSession session = request.getSession(false);
        return session == null ? null : "session:" + session.getId();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, LiveStreamGate.Refusal refusal)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String key = switch (refusal) {
            case TOTAL -> "limits.live.total";
            case ADDRESS -> "limits.live.address";
            case VIEWER -> "limits.live.viewer";
        };
        String detail = Objects.requireNonNullElse(
                messages.getMessage(key, new Object[] {RETRY_AFTER_SECONDS}, key, locale), key);
        String title =
                Objects.requireNonNullElse(messages.getMessage("problem.title.live-streams", null, "", locale), "");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", Problems.TYPE_BASE + "live-streams");
        problem.put("title", title);
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", detail);
        problem.put("limit", refusal.name().toLowerCase(Locale.ROOT));
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /** Frees the stream's slot however its asynchronous request ends. */
    private record Release(Runnable leave) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            leave.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            leave.run();
        }

        @Override
        public void onError(AsyncEvent event) {
            leave.run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // the same request again: still the same stream
        }
    }
}
