package vn.hdndso.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.hdndso.support.IntegrationTest;

/**
 * The public signature check answers one address only so many times a minute: the requests come
 * from 127.0.0.9, an address no other test uses, so the limit reached here hinders nobody else.
 */
@IntegrationTest
class SignatureCheckLimitsIntegrationTest {

    @Autowired
    Environment environment;

    @Test
    void one_address_is_told_to_wait_after_its_checks_of_the_minute() throws IOException {
        int perMinute = environment.getProperty("hdnd.signatures.check.per-minute", Integer.class, 20);
        // the allowance is a bucket of perMinute refilled one every 60/perMinute s: on a slow machine a
        // token may come back during the burst, so the refusal comes at the earliest after perMinute
        int admitted = 0;
        String refused = post("/api/v1/signatures/validate");
        while (!refused.startsWith("HTTP/1.1 429") && admitted < 3 * perMinute) {
            admitted++;
            refused = post("/api/v1/signatures/validate");
        }
        assertThat(admitted).as("checks admitted before the first refusal").isGreaterThanOrEqualTo(perMinute);
        assertThat(refused).startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After: ");
        assertThat(refused).contains("application/problem+json", "quá nhiều yêu cầu kiểm tra chữ ký");
        assertThat(post("/kiem-tra-chu-ky")).as("the page shares the limit").startsWith("HTTP/1.1 429");
    }

    /** A multipart POST of a tiny non-PDF from 127.0.0.9. */
    private String post(String path) throws IOException {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\nnot a pdf\r\n--b--\r\n";
        int port = Integer.parseInt(environment.getProperty("local.server.port", "0"));
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName("127.0.0.9"), 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                            .getBytes(StandardCharsets.UTF_8));
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        var got = new ByteArrayOutputStream();
        try {
            in.transferTo(got);
        } catch (SocketTimeoutException e) {
            // what came is enough
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
