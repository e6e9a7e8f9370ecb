package vn.hdndso.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs first: sets the request's remote address to its client as {@link TrustedProxies} decides,
 * and shows later filters (Spring's forwarded-header handling among them) only forwarded headers
 * a trusted proxy sent, reduced to the client it named. Everything that reads
 * {@code getRemoteAddr()} (petition and sign-in limits, the audit trail) then sees the real
 * client and never an address a client made up.
 */
final class ClientAddressFilter extends OncePerRequestFilter {

    private static final Set<String> FORWARDED_HEADERS = Set.of(
            "forwarded",
            "x-forwarded-for",
            "x-forwarded-host",
            "x-forwarded-proto",
            "x-forwarded-port",
            "x-forwarded-prefix",
            "x-forwarded-ssl",
            "x-real-ip");

    private final TrustedProxies proxies;

    ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the connection as the container saw it, even if a forwarded-header filter ran before
        HttpServletRequest connection = connection(request);
        String peer = connection.getRemoteAddr();
        if (!proxies.trusts(peer)) {
            chain.doFilter(new ClientRequest(request, peer, false), response);
            return;
        }
        String client = proxies.client(peer, forwardedChain(connection));
        chain.doFilter(new ClientRequest(request, client, true), response);
    }

    private static HttpServletRequest connection(HttpServletRequest request) {
        HttpServletRequest current = request;
        while (current instanceof HttpServletRequestWrapper wrapper
                && wrapper.getRequest() instanceof HttpServletRequest inner) {
            current = inner;
        }
        return current;
    }

    /** The chain, oldest first: from {@code Forwarded} if the proxy sent it, else X-Forwarded-For. */
    static List<String> forwardedChain(HttpServletRequest request) {
        List<String> chain = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("Forwarded"))) {
            for (String element : header.split(",")) {
                for (String pair : element.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase("for")) {
                        chain.add(TrustedProxies.strip(pair.substring(eq + 1)));
                    }
                }
            }
        }
        if (!chain.isEmpty()) {
            return chain;
        }
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    chain.add(TrustedProxies.strip(hop));
                }
            }
        }
        return chain;
    }

    private static final class ClientRequest extends HttpServletRequestWrapper {
        private final String client;
        private final boolean fromTrustedProxy;

        ClientRequest(HttpServletRequest request, String client, boolean fromTrustedProxy) {
            super(request);
            this.client = client;
            this.fromTrustedProxy = fromTrustedProxy;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public @Nullable String getHeader(String name) {
            if (!isForwarded(name)) {
                return super.getHeader(name);
            }
            if (!fromTrustedProxy) {
                return null;
            }
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "x-forwarded-for" -> super.getHeader(name) == null ? null : client;
                case "forwarded" -> forwarded();
                default -> super.getHeader(name);
            };
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!isForwarded(name)) {
                return super.getHeaders(name);
            }
            String value = getHeader(name);
            if (value == null) {
                return Collections.emptyEnumeration();
            }
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("x-forwarded-for") || lower.equals("forwarded")
                    ? Collections.enumeration(List.of(value))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (String name : Collections.list(super.getHeaderNames())) {
                if (!isForwarded(name) || getHeader(name) != null) {
                    names.add(name);
                }
            }
            return Collections.enumeration(names);
        }

        /** The last element the trusted proxy wrote (its proto and host), naming the client. */
        private @Nullable String forwarded() {
            List<String> headers = Collections.list(super.getHeaders("Forwarded"));
            if (headers.isEmpty()) {
                return null;
            }
            String[] elements = headers.getLast().split(",");
            List<String> pairs = new ArrayList<>();
            for (String pair : elements[elements.length - 1].split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && !pair.substring(0, eq).strip().equalsIgnoreCase("for")) {
                    pairs.add(pair.strip());
                }
            }
            pairs.add("for=\"" + (client.contains(":") ? "[" + client + "]" : client) + "\"");
            return String.join(";", pairs);
        }

        private static boolean isForwarded(String name) {
            return FORWARDED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
