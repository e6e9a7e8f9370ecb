package vn.hdndso.notifications;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.support.TestClient;

/**
 * A signed-in person's browser as the page scripts use it: the session cookie, and the CSRF token
 * of the pages' forms sent as {@code X-CSRF-TOKEN} with JSON requests.
 */
final class PushBrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http;
    private String csrf = "";

    record Answer(int status, String body, @Nullable String contentType) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    PushBrowserSession(TestClient client) {
        this.baseUrl = client.baseUrl();
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        csrf = token("/login");
    }

    /** Signs in with the form; anonymous callers simply skip this. */
    PushBrowserSession signIn(String username, String password) {
        String form = "_csrf=" + enc(csrf) + "&username=" + enc(username) + "&password=" + enc(password);
        Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 302) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + answer.status());
        }
        csrf = token("/app/account");
        return this;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .GET());
    }

    Answer postJson(String path, String body) {
        return send(json(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer delete(String path) {
        return send(json(path).DELETE());
    }

    /** A JSON request without the CSRF token, as another site would send it. */
    Answer postJsonWithoutToken(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf);
    }

    private String token(String page) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl + page)).GET());
        Matcher m = CSRF.matcher(answer.body());
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(
                    builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
