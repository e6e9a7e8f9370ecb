package vn.hdndso.notifications.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renews an OA access token with its refresh token, as Zalo's OA OAuth v4 documents it:
 *
 * <pre>POST {oauth}/v4/oa/access_token
 * secret_key: &lt;the app's secret key&gt;
 * Content-Type: application/x-www-form-urlencoded
 * refresh_token=…&amp;app_id=…&amp;grant_type=refresh_token
 * → {"access_token": "…", "refresh_token": "…", "expires_in": "90000"}
 * → {"error": -14014, "error_name": "…", "error_description": "…"}</pre>
 *
 * The answer's refresh token replaces the one used (each is good for one renewal). Nothing here is
 * logged: the tokens never reach a log line or an exception message.
 */
final class ZaloOAuthClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ZaloProperties properties;
    private final HttpClient http;

    ZaloOAuthClient(ZaloProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.answerTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What the OAuth server answered. */
    sealed interface Renewal {

        /** New tokens; the access token is good for {@code validFor}. */
        record Renewed(String accessToken, String refreshToken, Duration validFor) implements Renewal {
            @Override
            public String toString() {
                return "Renewed[***, valid for " + validFor + "]";
            }
        }

        /** Zalo refused the refresh token (used, expired, revoked) or the app's secret: not worth retrying as is. */
        record Refused(String error) implements Renewal {}

        /** No answer, a timeout or a server fault: try again later. */
        record Unreachable(String cause) implements Renewal {}
    }

    Renewal renew(ZaloProperties.App app, String refreshToken) {
        String form = "refresh_token=" + encode(refreshToken) + "&app_id=" + encode(String.valueOf(app.appId()))
                + "&grant_type=refresh_token";
        HttpRequest request = HttpRequest.newBuilder(properties.oauth().resolve("v4/oa/access_token"))
                .timeout(properties.answerTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("secret_key", String.valueOf(app.secretKey()))
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Renewal.Unreachable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Renewal.Unreachable("interrupted");
        }
        int status = response.statusCode();
        if (status == 408 || status == 429 || status >= 500) {
            return new Renewal.Unreachable("HTTP " + status);
        }
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (JacksonException e) {
            return new Renewal.Unreachable("HTTP " + status + ", unreadable answer");
        }
        if (json == null) {
            return new Renewal.Unreachable("HTTP " + status + ", empty answer");
        }
        String access = json.path("access_token").asString("");
        String refresh = json.path("refresh_token").asString("");
        if (status >= 200 && status < 300 && !access.isBlank() && !refresh.isBlank()) {
            long seconds = expiresIn(json.path("expires_in"));
            return new Renewal.Renewed(access, refresh, Duration.ofSeconds(seconds));
        }
        String error = json.path("error").isMissingNode()
                ? "HTTP " + status
                : json.path("error").asString("") + " "
                        + json.path("error_name").asString("");
        return new Renewal.Refused(error.strip());
    }

    /** Zalo writes {@code expires_in} as a string of seconds; a number is read too; 25 h when absent. */
    static long expiresIn(JsonNode node) {
        String text = node.isNumber() ? Long.toString(node.asLong()) : node.asString("");
        try {
            long seconds = Long.parseLong(text.strip());
            return seconds > 0 ? seconds : 90_000;
        } catch (NumberFormatException e) {
            return 90_000;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
