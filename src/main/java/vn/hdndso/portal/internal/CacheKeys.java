package vn.hdndso.portal.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyDescriptor;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The key under which {@link PageCache} keeps a public response: the path, the query parameters
 * the route reads, the language and whether htmx asked. A route declares the parameters it reads
 * in its handler's signature ({@code @RequestParam}, or the properties of a bound form object);
 * any other parameter ({@code ?x=<random>}, {@code utm_source}) is left out, so it can neither
 * bypass the cache nor fill it. A route whose handler reads the raw request or every parameter
 * keeps the whole query.
 */
@Component
class CacheKeys {

    /** A GET route and the query parameters its handler reads ({@code null}: all of them). */
    private record Route(
            List<PathPattern> patterns, @Nullable Set<String> parameters) {}

    private final ApplicationContext context;
    private volatile @Nullable List<Route> routes;

    CacheKeys(ApplicationContext context) {
        this.context = context;
    }

    String key(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var key = new StringBuilder(request.getRequestURI());
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            String kept = kept(query, readBy(path));
            if (!kept.isEmpty()) {
                key.append('?').append(kept);
            }
        }
        key.append('|').append(language(request));
        if (request.getHeader("HX-Request") != null) {
            key.append("|hx");
        }
        return key.toString();
    }

    /** The parameters the routes matching the path read; {@code null} for "all of them". */
    @Nullable
    Set<String> readBy(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<String> read = new LinkedHashSet<>();
        for (Route route : routes()) {
            if (route.patterns().stream().anyMatch(p -> p.matches(container))) {
                if (route.parameters() == null) {
                    return null;
                }
                read.addAll(route.parameters());
            }
        }
        return read;
    }

    private static String kept(String query, @Nullable Set<String> read) {
        if (read == null) {
            return query;
        }
        var kept = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (read.contains(name)) {
                if (!kept.isEmpty()) {
                    kept.append('&');
                }
                kept.append(pair);
            }
        }
        return kept.toString();
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                    mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = e.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if ((!methods.isEmpty() && !methods.contains(RequestMethod.GET))
                        || info.getPathPatternsCondition() == null) {
                    continue;
                }
                known.add(new Route(
                        List.copyOf(info.getPathPatternsCondition().getPatterns()), parameters(e.getValue())));
            }
            routes = known;
        }
        return known;
    }

    /** The query parameters a handler reads, or {@code null} when it may read any. */
    static @Nullable Set<String> parameters(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return null;
                }
                String name = !param.name().isEmpty() ? param.name() : param.value();
                if (name.isEmpty()) {
                    name = parameter.getParameterName();
                }
                if (name != null) {
                    names.add(name);
                }
            } else if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class)
                    || BeanUtils.isSimpleValueType(type)
                    || type.getName().startsWith("org.springframework.ui.")
                    || type.getName().startsWith("org.springframework.validation.")
                    || type.getName().startsWith("jakarta.servlet.http.HttpServletResponse")
                    || type.getName().startsWith("java.security.")
                    || type.getName().startsWith("org.springframework.security.")
                    || type.equals(java.util.Locale.class)) {
                // reads no query parameter
            } else if (type.getName().startsWith("jakarta.servlet")
                    || type.getName().startsWith("org.springframework.web.context.request")) {
                return null; // the raw request: it may read any parameter
            } else if (type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    names.add(property.getName());
                }
            }
        }
        return names;
    }

    private static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("hdnd-lang".equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "";
    }
}
