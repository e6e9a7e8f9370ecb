package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

@IntegrationTest
class OpenApiIntegrationTest {

    @Autowired
    TestClient client;

    @Test
    void describesTheJsonApiAsOpenApi() {
        var spec = client.get("/api/v1/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.json().get("openapi").asString()).startsWith("3.");
        assertThat(spec.json().get("paths").propertyNames())
                .contains("/api/v1/councils", "/api/v1/councils/{slug}/delegates", "/api/v1/councils/{slug}/users");
        assertThat(spec.json().get("paths").propertyNames())
                .as("the calendar feeds are part of the contract too")
                .contains("/lich/{token}.ics", "/{slug}/lich.ics");
        assertThat(spec.json().get("components").get("securitySchemes").propertyNames())
                .contains("basic", "apiKey");
    }

    @Test
    void offersABrowsablePage() {
        var page = client.get("/api/v1/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
