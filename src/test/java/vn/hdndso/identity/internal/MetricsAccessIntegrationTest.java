package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import vn.hdndso.shared.web.RawHttp;
import vn.hdndso.support.IntegrationTest;

/**
 * The metrics answer the machine itself (the default of {@code hdnd.metrics.allowed}) and nobody
 * else: a client on 127.0.0.11 stands for the internet; a forwarded header does not help it.
 */
@IntegrationTest
class MetricsAccessIntegrationTest {

    @Autowired
    Environment environment;

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    @Test
    void the_machine_itself_reads_the_metrics() throws IOException {
        String answer = RawHttp.get(port(), "127.0.0.1", "/actuator/prometheus");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("jvm_memory");
    }

    @Test
    void another_address_gets_nothing_even_claiming_to_be_local() throws IOException {
        String answer = RawHttp.get(port(), "127.0.0.11", "/actuator/prometheus");
        assertThat(answer).startsWith("HTTP/1.1 404").doesNotContain("jvm_memory");
        String claimed = RawHttp.send(
                port(),
                "127.0.0.11",
                "GET /actuator/prometheus HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n");
        assertThat(claimed).startsWith("HTTP/1.1 404").doesNotContain("jvm_memory");
        assertThat(RawHttp.get(port(), "127.0.0.11", "/actuator/health"))
                .as("health stays public for load balancers")
                .startsWith("HTTP/1.1 200");
    }
}
