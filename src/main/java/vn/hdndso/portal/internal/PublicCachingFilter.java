package vn.hdndso.portal.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching of everything public: pages under {@code /} and {@code /{slug}/…}, their files,
 * feeds, the sitemap and the OParl API.
 *
 * <ul>
 *   <li>Every successful public GET gets a weak {@code ETag} (weak, so that Tomcat still gzips it)
 *       unless the handler set its own, and a conditional GET with a matching {@code If-None-Match}
 *       is answered {@code 304} without a body.
 *   <li>Anonymous visitors (no session, no credentials) get {@code Cache-Control: public,
 *       max-age=…, stale-while-revalidate=…} and the response is kept in memory ({@link
 *       PageCache}): the next visitor's request is answered without rendering.
 *   <li>A visitor with a session (signed in staff see their name in the header) gets {@code
 *       private, no-cache}: nothing personal lands in a shared cache. {@code Vary: Cookie} tells
 *       shared caches that the language cookie and the session change the page.
 *   <li>Responses that set a cookie, fail, or say {@code no-store} are never kept.
 *   <li>A body is held back only up to {@link PortalProperties#maxEntryBytes()} ({@link
 *       BoundedResponse}); a larger one (a dataset, a signed PDF, the bulk ZIP) is streamed with
 *       the entity tag its handler set from the file's metadata, and never kept.
 *   <li>The cache key holds only the query parameters the route reads ({@link CacheKeys}): an
 *       unknown {@code ?x=<random>} neither bypasses the cache nor fills it.
 * </ul>
 *
 * Runs before Spring Security: a cached answer repeats the headers the page was rendered with
 * (the security headers included), so it skips the security filter chain; the provisional {@code
 * Cache-Control} set before the chain keeps Security from adding its {@code no-store}.
 */
@Component
@Order(PublicCachingFilter.ORDER)
class PublicCachingFilter extends OncePerRequestFilter {

    /**
     * Before Spring Security (-100), after the language filter (-102): a cached answer skips the
     * security filter chain and repeats the security headers it was rendered with.
     */
    static final int ORDER = -101;

    private static final List<String> PRIVATE_PREFIXES = List.of(
            "/app",
            "/api/",
            "/login",
            "/logout",
            "/actuator",
            "/error",
            "/css/",
            "/js/",
            "/webjars/",
            "/kiem-tra-chu-ky",
            "/open311");

    /**
     * Public addresses that stream: a session's live tally and its recording (the staff and API
     * streams are under {@link #PRIVATE_PREFIXES} already).
     */
    private static final List<String> STREAM_SUFFIXES = List.of("/su-kien", "/ghi-hinh");

    /** Headers that belong to one response only. */
    private static final Set<String> NOT_REPEATED =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "content-type", "connection");

    private final PageCache cache;
    private final CacheKeys keys;
    private final PortalProperties settings;
    private final String publicCacheControl;

    PublicCachingFilter(PageCache cache, CacheKeys keys, PortalProperties settings) {
        this.cache = cache;
        this.keys = keys;
        this.settings = settings;
        this.publicCacheControl = "public, max-age=" + settings.maxAge().toSeconds() + ", stale-while-revalidate="
                + settings.staleWhileRevalidate().toSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PRIVATE_PREFIXES.stream().anyMatch(path::startsWith) || isStream(request, path);
    }

    /**
     * Live streams (server-sent events), range requests and media are answered as they are
     * written: buffering them would hold a live tally back forever and a recording in memory.
     */
    static boolean isStream(HttpServletRequest request, String path) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getHeader(HttpHeaders.RANGE) != null
                || (accept != null && accept.contains("text/event-stream"))
                || STREAM_SUFFIXES.stream().anyMatch(path::endsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) == null;
        boolean shared = anonymous && settings.cacheEnabled() && request.getParameter("lang") == null;
        String key = shared ? keys.key(request) : "";
        if (shared) {
            Optional<PageCache.Entry> hit = cache.get(key);
            if (hit.isPresent()) {
                answerFromCache(request, response, hit.get());
                return;
            }
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        // a HEAD is rendered as the GET it stands for (the servlet container would drop its body
        // before this filter saw it, so no entity tag could be made): the same headers, ETag and
        // cache policy included; the container sends no body for the HEAD
        HttpServletRequest rendered = "HEAD".equals(request.getMethod()) ? new RenderedAsGet(request) : request;
        long generation = cache.generation();
        var buffered = new BoundedResponse(
                response, settings.maxEntryBytes(), streamed -> decideHeaders(request, streamed, anonymous));
        chain.doFilter(rendered, buffered);
        finish(request, buffered, anonymous, shared, key, generation);
    }

    /**
     * Sets Cache-Control and Vary from what the handler said; {@code true} if the response may be
     * tagged and kept.
     */
    private boolean decideHeaders(HttpServletRequest request, HttpServletResponse response, boolean anonymous) {
        String cacheControl = String.valueOf(response.getHeader(HttpHeaders.CACHE_CONTROL));
        boolean cacheable = response.getStatus() == HttpServletResponse.SC_OK
                && !cacheControl.contains("no-store")
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && request.getSession(false) == null;
        if (!cacheable) {
            if (response.getStatus() >= 400 || !anonymous) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
                response.setHeader(HttpHeaders.VARY, "Cookie");
            }
            return false;
        }
        boolean ownPolicy = !cacheControl.equals("no-cache") && !cacheControl.equals("null");
        if (!anonymous) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        } else if (!ownPolicy) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, publicCacheControl);
        }
        response.setHeader(HttpHeaders.VARY, "Cookie, HX-Request");
        return true;
    }

    private void finish(
            HttpServletRequest request,
            BoundedResponse response,
            boolean anonymous,
            boolean shared,
            String key,
            long generation)
            throws IOException {
        if (response.streamed()) {
            return; // too large to hold: its headers were decided when it began to stream
        }
        if (!decideHeaders(request, response, anonymous)) {
            response.copyBodyToResponse();
            return;
        }
        byte[] body = response.body();
        String etag = response.getHeader(HttpHeaders.ETAG);
        if (etag == null) {
            etag = "W/\"" + HexFormat.of().formatHex(DigestUtils.md5Digest(body)) + "\"";
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        if (shared && response.getContentType() != null) {
            cache.put(key, generation, body, response.getContentType(), etag, headersToRepeat(response));
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.resetBuffer();
            return;
        }
        response.copyBodyToResponse();
    }

    private void answerFromCache(HttpServletRequest request, HttpServletResponse response, PageCache.Entry entry)
            throws IOException {
        for (PageCache.Header header : entry.headers()) {
            response.addHeader(header.name(), header.value());
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    /** Every header of a rendered response that a cached answer repeats. */
    private static List<PageCache.Header> headersToRepeat(HttpServletResponse response) {
        var headers = new ArrayList<PageCache.Header>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new PageCache.Header(name, value));
            }
        }
        return headers;
    }

    /** Weak comparison (RFC 9110 §13.1.2): the opaque tags match whatever their W/ prefixes. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String tag = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    /** A HEAD request, shown to the handlers as the GET whose headers it asks for. */
    private static final class RenderedAsGet extends jakarta.servlet.http.HttpServletRequestWrapper {

        RenderedAsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
