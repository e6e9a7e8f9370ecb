package vn.hdndso.support.authz;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.hdndso.support.TestClient;

/**
 * The ten kinds of caller of the authorisation tests, made once per test class in one council:
 * anonymous, the city administrator, an account of each role of the council, an API key of an
 * {@code API_CLIENT} account (default scope) and the administrator of another council. Pages are
 * called with each person's signed-in browser (a cookie-keeping client that follows no redirect; forms with the session's CSRF
 * token); the JSON API with HTTP Basic; the API key with {@code Authorization: Bearer}.
 */
public final class Callers {

    public enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        API_CLIENT,
        OTHER_COUNCIL_ADMIN
    }

    /** Everybody. */
    public static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    /** The office: the council's administrator and clerk, and the city administrator. */
    public static final Set<Who> STAFF = EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK);

    /** The council's administrators: its own and the city's. */
    public static final Set<Who> ADMINS = EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN);

    /** Every signed-in account of the council (and the city administrator). */
    public static final Set<Who> MEMBERS = EnumSet.of(
            Who.CITY_ADMIN,
            Who.COUNCIL_ADMIN,
            Who.CLERK,
            Who.DELEGATE,
            Who.COMMITTEE_MEMBER,
            Who.EXECUTIVE_OFFICER,
            Who.FRONT_OFFICER);

    public static final String PASSWORD = "Route-Rows-2026";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final TestClient client;
    private final String slug;
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);
    private final Map<Who, String> userIds = new EnumMap<>(Who.class);
    private final Map<Who, HttpClient> browsers = new EnumMap<>(Who.class);
    private final Map<Who, String> csrf = new EnumMap<>(Who.class);
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String apiToken;

    private Callers(TestClient client, String slug, String otherSlug, String prefix) {
        this.client = client;
        this.slug = slug;
        usernames.put(Who.CITY_ADMIN, TestClient.ADMIN);
        for (Who who : List.of(
                Who.COUNCIL_ADMIN,
                Who.CLERK,
                Who.DELEGATE,
                Who.COMMITTEE_MEMBER,
                Who.EXECUTIVE_OFFICER,
                Who.FRONT_OFFICER,
                Who.API_CLIENT)) {
            String username = TestClient.uniqueUsername(
                    prefix + "." + who.name().toLowerCase().replace('_', '-'));
            userIds.put(who, client.createUser(slug, username, PASSWORD, "Người thử tuyến " + who.name(), who.name()));
            usernames.put(who, username);
        }
        String other = TestClient.uniqueUsername(prefix + ".other");
        userIds.put(
                Who.OTHER_COUNCIL_ADMIN,
                client.createUser(otherSlug, other, PASSWORD, "Quản trị hội đồng khác", "COUNCIL_ADMIN"));
        usernames.put(Who.OTHER_COUNCIL_ADMIN, other);
        var key = client.postJson(
                "/api/v1/councils/" + slug + "/api-keys",
                Map.of("userId", userIds.get(Who.API_CLIENT), "name", "Khóa thử tuyến " + prefix),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        if (key.status() != 201) {
            throw new IllegalStateException("no API key: " + key.body());
        }
        apiToken = key.json().get("token").asString();
        browsers.put(Who.ANONYMOUS, browser());
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS && who != Who.API_CLIENT) {
                browsers.put(who, browser());
                String token = token(who, "/login");
                var signedIn = send(
                        who,
                        page("/login")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(encoded(Map.of(
                                        "username", usernames.get(who), "password", password(who), "_csrf", token)))));
                if (signedIn.status() != 302
                        || String.valueOf(signedIn.header("Location")).contains("error")) {
                    throw new IllegalStateException("could not sign in as " + who + ": " + signedIn.status());
                }
            }
        }
    }

    /** The ten callers, accounts in {@code slug} (and one administrator of {@code otherSlug}). */
    public static Callers in(TestClient client, String slug, String otherSlug, String prefix) {
        return new Callers(client, slug, otherSlug, prefix);
    }

    public String slug() {
        return slug;
    }

    public String username(Who who) {
        return usernames.get(who);
    }

    /** The account's id (not for the city administrator or anonymous). */
    public String userId(Who who) {
        return userIds.get(who);
    }

    public String password(Who who) {
        return who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
    }

    private static boolean api(String path) {
        return path.startsWith("/api/") || path.startsWith("/oparl/") || path.startsWith("/open311/");
    }

    /** A GET: pages in the person's browser, the API with Basic, the key with Bearer. */
    public TestClient.Response get(Who who, String path) {
        return switch (who) {
            case ANONYMOUS -> send(page(path).GET());
            case API_CLIENT -> send(bearer(path).GET());
            default ->
                api(path)
                        ? send(basic(who, page(path)).GET())
                        : send(who, page(path).GET());
        };
    }

    /** A JSON request to the API ({@code body} null for none). */
    public TestClient.Response api(Who who, String method, String path, String body) {
        var builder = switch (who) {
            case ANONYMOUS -> page(path);
            case API_CLIENT -> bearer(path);
            default -> basic(who, page(path));
        };
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder basic(Who who, HttpRequest.Builder builder) {
        return builder.header(
                "Authorization",
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString(
                                        (usernames.get(who) + ":" + password(who)).getBytes(StandardCharsets.UTF_8)));
    }

    /** A multipart POST to the API. */
    public TestClient.Response multipart(Who who, String path, List<TestClient.Part> parts) {
        return switch (who) {
            case ANONYMOUS -> client.postMultipart(path, parts, null, null);
            case API_CLIENT -> {
                String boundary =
                        "----route" + java.util.UUID.randomUUID().toString().replace("-", "");
                var body = new java.io.ByteArrayOutputStream();
                for (TestClient.Part part : parts) {
                    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + '"'
                            + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + '"')
                            + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n";
                    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(part.content());
                    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
                }
                body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                yield send(bearer(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
            }
            default -> client.postMultipart(path, parts, usernames.get(who), password(who));
        };
    }

    /**
     * A form posted from the person's browser with its CSRF token (anonymous: a browser that never
     * signed in, with the token of the sign-in page; the API key: the form with Bearer, no token).
     */
    public TestClient.Response form(Who who, String path, Map<String, ?> fields) {
        if (who == Who.API_CLIENT) {
            return send(bearer(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))));
        }
        Map<String, Object> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf.computeIfAbsent(who, w -> token(w, w == Who.ANONYMOUS ? "/login" : "/app/account")));
        return send(
                who,
                page(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(all))));
    }

    /** A PUT of raw bytes (recording chunks): from the person's browser with the CSRF header. */
    public TestClient.Response putBytes(Who who, String path, byte[] bytes, Map<String, String> headers) {
        if (who == Who.API_CLIENT) {
            var builder = bearer(path);
            headers.forEach(builder::header);
            return send(builder.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        }
        var builder = page(path);
        headers.forEach(builder::header);
        if (who != Who.ANONYMOUS) {
            builder.header("X-CSRF-TOKEN", csrf.computeIfAbsent(who, w -> token(w, "/app/account")));
        }
        return send(who, builder.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /**
     * A live stream (text/event-stream): the status and content type, then the connection is
     * closed without waiting for events.
     */
    public TestClient.Response stream(Who who, String path) {
        HttpRequest.Builder builder;
        HttpClient through = http;
        if (who == Who.API_CLIENT) {
            builder = bearer(path);
        } else if (who == Who.ANONYMOUS || !api(path)) {
            builder = page(path);
            through = browsers.get(who);
        } else {
            builder = basic(who, page(path));
        }
        try {
            HttpResponse<InputStream> response = through.send(
                    builder.header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String body = "";
            if (response.statusCode() != 200) {
                try (InputStream in = response.body()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else {
                closeQuietly(response.body());
            }
            return new TestClient.Response(response.statusCode(), body, response.headers(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(Who who, String page) {
        var form = send(who, page(page).GET());
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page + " for " + who + " (" + form.status() + ")");
        }
        return m.group(1);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(client.baseUrl() + path)).timeout(Duration.ofSeconds(30));
    }

    private TestClient.Response send(Who who, HttpRequest.Builder builder) {
        return send(browsers.get(who), builder);
    }

    private HttpRequest.Builder bearer(String path) {
        return HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiToken);
    }

    private static String encoded(Map<String, ?> fields) {
        return fields.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> list ? list : List.of(e.getValue()))
                        .stream()
                                .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    private TestClient.Response send(HttpRequest.Builder builder) {
        return send(http, builder);
    }

    private static TestClient.Response send(HttpClient through, HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    through.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new TestClient.Response(response.statusCode(), response.body(), response.headers(), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Gives up a stream without reading it. */
    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the stream is given up on purpose
        }
    }
}
