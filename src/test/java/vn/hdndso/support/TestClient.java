package vn.hdndso.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against the running test application: requests go through Tomcat, the
 * security filters and the error handling exactly as a user's would.
 */
@TestComponent
public class TestClient {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Admin-Password-2026";

    private final Environment environment;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    TestClient(Environment environment) {
        this.environment = environment;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    /** A response with its body parsed as JSON where it is JSON. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers, JsonNode json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(request(path, null).GET());
    }

    public Response get(String path, String user, String password) {
        return send(request(path, basic(user, password)).GET());
    }

    public Response getWithBearer(String path, String token) {
        return send(request(path, "Bearer " + token).GET());
    }

    public Response postJson(String path, Object body) {
        return send(request(path, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : json.writeValueAsString(body))));
    }

    public Response postJson(String path, Object body, String user, String password) {
        return send(request(path, basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : json.writeValueAsString(body))));
    }

    /** A multipart/form-data POST with one file part, without authentication. */
    public Response postFile(String path, String partName, String fileName, byte[] content, String contentType) {
        String boundary = "----hdnd" + UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + partName
                + "\"; filename=\"" + fileName + "\"\r\n" + "Content-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, null)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response delete(String path, String user, String password) {
        return request("DELETE", path, null, user, password);
    }

    /**
     * Any request: a JSON body if {@code body} is not null, HTTP Basic if {@code user} is not null.
     */
    public Response request(String method, String path, String body, String user, String password) {
        var builder = request(path, user == null ? null : basic(user, password));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST of raw bytes with the given content type (XML packages). HTTP Basic if {@code user} is not null. */
    public Response postBytes(String path, String contentType, byte[] body, String user, String password) {
        return send(request(path, user == null ? null : basic(user, password))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A {@code multipart/form-data} POST: each part is a name, an optional file name, a content type
     * and its bytes. HTTP Basic if {@code user} is not null.
     */
    public Response postMultipart(String path, List<Part> parts, String user, String password) {
        String boundary = "----hdnd" + UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            var head = new StringBuilder("--").append(boundary).append("\r\n");
            head.append("Content-Disposition: form-data; name=\"")
                    .append(part.name())
                    .append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, user == null ? null : basic(user, password))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** One part of a multipart request; {@code fileName} null for a plain field. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part json(String name, String json) {
            return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    /** A GET whose body is kept as bytes (PDFs). */
    public BinaryResponse getBytes(String path, String user, String password) {
        try {
            HttpResponse<byte[]> response = http.send(
                    request(path, user == null ? null : basic(user, password))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record BinaryResponse(int status, byte[] body, java.net.http.HttpHeaders headers) {}

    /** Creates an account in a council through the API as the city administrator; returns its id. */
    public String createUser(String slug, String username, String password, String fullName, String... roles) {
        Response created = postJson(
                "/api/v1/councils/" + slug + "/users",
                Map.of("username", username, "password", password, "fullName", fullName, "roles", roles),
                ADMIN,
                ADMIN_PASSWORD);
        if (created.status() != 201) {
            throw new IllegalStateException(
                    "could not create " + username + ": " + created.status() + " " + created.body());
        }
        return created.json().get("id").asString();
    }

    /** A user name nobody else in the shared test database has. */
    public static String uniqueUsername(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpRequest.Builder request(String path, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !response.body().isEmpty()) {
                node = json.readTree(response.body());
            }
            return new Response(response.statusCode(), response.body(), response.headers(), node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
