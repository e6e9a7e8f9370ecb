package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import vn.hdndso.support.IntegrationTest;

/**
 * The application's handler mapping ({@link IndexedRequestMappings}) chooses, for a request to
 * every address of every mapping with every method it takes (and a few addresses none takes),
 * the same handler method with the same path variables as Spring MVC's own mapping holding the
 * same mappings — or fails the same way.
 */
@IntegrationTest
class IndexedRequestMappingsIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationUsesTheIndex() {
        assertThat(mappings).isInstanceOf(IndexedRequestMappings.class);
        var index = IndexedRequestMappings.Index.of(mappings.getHandlerMethods());
        System.out.printf(
                "[webstack] %d mappings; indexed by %d keys (leading literal segments and length); %d begin with a variable%n",
                mappings.getHandlerMethods().size(),
                index.byPrefix().size(),
                index.byPrefix().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("#"))
                        .mapToInt(e -> e.getValue().size())
                        .sum());
        assertThat(index.byPrefix().get("/api/v1/councils#5"))
                .as("the per-council API of five segments under its own key")
                .isNotEmpty()
                .hasSizeLessThan(mappings.getHandlerMethods().size() / 10);
    }

    @Test
    void everyAddressGetsTheHandlerSpringWouldChoose() {
        RequestMappingHandlerMapping plain = PlainRequestMappings.copyOf(mappings, context);
        List<String[]> requests = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            var condition = info.getPathPatternsCondition();
            if (condition == null) {
                continue;
            }
            for (PathPattern pattern : condition.getPatterns()) {
                for (String path : samples(pattern.getPatternString())) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        requests.add(new String[] {method.name(), path});
                    }
                    requests.add(new String[] {"PATCH", path});
                }
            }
        }
        for (String path : List.of(
                "/",
                "/nothing-here",
                "/nothing/here/at/all",
                "/api/v1/nothing",
                "/api/v1/councils/thien-huong/nothing",
                "/api/v1/councils/thien-huong/petitions/",
                "/%61pi/v1/councils/thien-huong/petitions",
                "/api/v1/councils/thi%C3%AAn/petitions",
                "/api//v1/councils",
                "/thien-huong/van-ban/",
                "/thien-huong//van-ban",
                "/thien-huong/van-ban//",
                "//thien-huong/van-ban",
                "/api/v1/councils//petitions",
                "/api/v1/councils/thien-huong/petitions;x=1",
                "/api/v1/councils/thien-huong/petitions/x/y/z",
                "/thien-huong;x=1/van-ban",
                "/oparl/v1/system/")) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "OPTIONS")) {
                requests.add(new String[] {method, path});
            }
        }
        int compared = 0;
        List<String> different = new ArrayList<>();
        for (String[] request : requests) {
            String expected = outcome(plain, request);
            String actual = outcome(mappings, request);
            compared++;
            if (!expected.equals(actual)) {
                different.add(request[0] + " " + request[1] + ": Spring " + expected + ", index " + actual);
            }
        }
        System.out.printf("[webstack] %d requests compared%n", compared);
        assertThat(compared).isGreaterThan(500);
        assertThat(different).isEmpty();
    }

    private static String outcome(RequestMappingHandlerMapping mappings, String[] request) {
        var servletRequest = PlainRequestMappings.request(request[0], request[1]);
        return PlainRequestMappings.outcome(mappings, servletRequest) + " "
                + servletRequest.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    }

    /** Addresses a pattern matches: its variables and wildcards filled in. */
    static Set<String> samples(String pattern) {
        Set<String> samples = new LinkedHashSet<>();
        for (String value : List.of("x1", "thien-huong", "42")) {
            samples.add(pattern.replaceAll("\\{\\*[^}]+}", "/a/b")
                    .replaceAll("\\{[^}:]+:[^}]+}", "42")
                    .replaceAll("\\{[^}]+}", value)
                    .replace("**", "a/b")
                    .replace("*", "x"));
        }
        return samples;
    }
}
