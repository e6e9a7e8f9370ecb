package vn.hdndso.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without JavaScript: keeps the session cookie, does not follow redirects, and
 * posts forms with the CSRF token of the page the form is on.
 */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;

    public WebSession(TestClient client) {
        this.baseUrl = client.baseUrl();
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in with the form; the answer is the redirect after it. */
    public TestClient.Response signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    public TestClient.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Opens {@code page}, takes the CSRF token of its forms and posts {@code fields} to {@code action}. */
    public TestClient.Response submit(String page, String action, Map<String, ?> fields) {
        TestClient.Response form = get(page);
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page + " (" + form.status() + ")");
        }
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("_csrf", m.group(1));
        return post(action, all);
    }

    /** Posts form fields as they are; a value that is a list is sent once per element. */
    public TestClient.Response post(String action, Map<String, ?> fields) {
        String body = fields.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> list ? list : List.of(e.getValue()))
                        .stream().map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v))))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The path (and query) a redirect points to, without the scheme and host. */
    public static String redirectPath(TestClient.Response response) {
        String location = response.header("Location");
        if (location == null) {
            return null;
        }
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private TestClient.Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(
                    builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new TestClient.Response(response.statusCode(), response.body(), response.headers(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
