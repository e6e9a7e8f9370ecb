package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** Bad input on the JSON API gets an RFC 9457 problem in Vietnamese, naming the field; never a 500. */
@IntegrationTest
class ApiErrorsIntegrationTest {

    private static final String USERS = "/api/v1/councils/lac-phuong/users";

    @Autowired
    TestClient client;

    @Test
    void unknownCouncilIsAProblemNotFound() {
        var response = client.get("/api/v1/councils/khong-ton-tai");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString())
                .contains("khong-ton-tai")
                .contains("Hội đồng nhân dân");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void unknownApiPathIsAProblemNotFound() {
        var response = client.get("/api/v1/khong-co-gi-o-day");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Không tìm thấy");
    }

    @Test
    void malformedJsonIsABadRequest() {
        var response = client.postJson(USERS, "{\"username\": \"abc\", ", TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).startsWith("Nội dung JSON không hợp lệ");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.");
    }

    @Test
    void unknownEnumValueNamesTheField() {
        var response = client.postJson(
                USERS,
                Map.of(
                        "username",
                        "enum.test",
                        "password",
                        "Long-Enough-Pass-1",
                        "fullName",
                        "Người thử",
                        "roles",
                        List.of("THU_TRUONG")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(400);
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("roles[0]");
        assertThat(error.get("message").asString()).contains("THU_TRUONG").contains("DELEGATE");
    }

    @Test
    void missingFieldsAreListedOneByOne() {
        var response = client.postJson(USERS, Map.of("roles", List.of()), TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("username", "password", "fullName", "roles");
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotStartWith("validation."));
    }

    @Test
    void aDuplicateUsernameIsAConflictNamingTheField() {
        String username = TestClient.uniqueUsername("dup");
        client.createUser("lac-phuong", username, "Long-Enough-Pass-1", "Người thứ nhất", "CLERK");
        var response = client.postJson(
                USERS,
                Map.of(
                        "username",
                        username,
                        "password",
                        "Long-Enough-Pass-2",
                        "fullName",
                        "Người thứ hai",
                        "roles",
                        List.of("CLERK")),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(response.json().get("detail").asString()).contains(username).contains("đã được sử dụng");
    }

    @Test
    void wrongPasswordDoesNotSayWhichCredentialWasWrong() {
        var wrongPassword = client.get(USERS, TestClient.ADMIN, "not-the-password");
        var unknownUser = client.get(USERS, "khong-co-nguoi-nay", "not-the-password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail").asString())
                .isEqualTo(unknownUser.json().get("detail").asString())
                .isEqualTo("Thông tin xác thực không đúng hoặc đã hết hiệu lực.");
    }

    @Test
    void protectedEndpointsAskAnonymousCallersToAuthenticate() {
        var response = client.get(USERS);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Basic");
        assertThat(response.json().get("detail").asString()).contains("HTTP Basic");
    }

    @Test
    void unknownFilterValueIsABadRequestNamingIt() {
        var response = client.get("/api/v1/councils?type=THON");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void anUnknownSlugShowsTheVietnamese404Page() {
        var response = client.get("/khong-ton-tai");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("Không tìm thấy trang").contains("lang=\"vi\"");
    }

    @Test
    void englishIsAvailableOnRequest() {
        var response = client.get("/khong-ton-tai?lang=en");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }
}
