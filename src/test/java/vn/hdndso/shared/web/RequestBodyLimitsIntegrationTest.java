package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Public request bodies are refused from their declared length, before anything reads them: the
 * client sends the headers of a 50 MB "photo" and only a few bytes of it, and must get {@code 413}
 * with a Vietnamese problem at once (before the fix the server waited for the 50 MB).
 */
@IntegrationTest
class RequestBodyLimitsIntegrationTest {

    @Autowired
    Environment environment;

    @Autowired
    TestClient client;

    @Test
    void the_petition_form_refuses_a_50_MB_photo_before_reading_it() throws IOException {
        String answer =
                postHeadersOnly("/nam-trieu/kien-nghi", "multipart/form-data; boundary=----x", 50L * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/problem+json");
        assertThat(answer).contains("vượt quá giới hạn 9 MB");
    }

    @Test
    void public_json_endpoints_have_their_own_small_limits() throws IOException {
        assertThat(postHeadersOnly("/api/v1/councils/nam-trieu/petitions", "application/json", 1_000_000))
                .startsWith("HTTP/1.1 413")
                .contains("\"maxBytes\":262144")
                .contains("256 KB");
        assertThat(postHeadersOnly("/open311/v2/requests.json", "application/x-www-form-urlencoded", 1_000_000))
                .startsWith("HTTP/1.1 413");
        assertThat(postHeadersOnly("/api/v1/signatures/validate", "multipart/form-data; boundary=x", 25_000_000))
                .startsWith("HTTP/1.1 413")
                .contains("20 MB");
    }

    @Test
    void a_body_within_the_limit_goes_through() {
        var response = client.postJson("/api/v1/councils/nam-trieu/petitions", java.util.Map.of("content", ""));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).doesNotContain("body-limit");
    }

    @Test
    void a_chunked_body_on_a_limited_endpoint_must_declare_its_length() throws IOException {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/councils/nam-trieu/petitions HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(read(socket.getInputStream())).startsWith("HTTP/1.1 411");
        }
    }

    /** Sends the request line and headers and 16 bytes of the body, then reads what comes back. */
    private String postHeadersOnly(String path, String contentType, long declaredLength) throws IOException {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                            + "\r\nContent-Length: " + declaredLength + "\r\n\r\n0123456789abcdef")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Socket socket() throws IOException {
        var socket = new Socket("localhost", Integer.parseInt(environment.getProperty("local.server.port", "0")));
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static String read(InputStream in) throws IOException {
        var got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                got.write(buffer, 0, n);
                if (got.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // nothing (more) came within five seconds: the server is reading the body
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
