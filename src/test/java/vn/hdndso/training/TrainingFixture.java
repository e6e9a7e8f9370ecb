package vn.hdndso.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hdndso.support.TestClient;

/** Terms, delegates, accounts, courses and sessions the training tests make in their own councils. */
final class TrainingFixture {

    static final String PASSWORD = "Training-Test-2026";
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private TrainingFixture() {}

    static void ensureTerm(TestClient client, String slug) {
        String api = "/api/v1/councils/" + slug;
        if (client.get(api + "/terms", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .isEmpty()) {
            var term = client.postJson(
                    api + "/terms",
                    Map.of("name", "Nhiệm kỳ 2026–2031", "startsOn", "2026-03-15", "endsOn", "2031-03-14"),
                    TestClient.ADMIN,
                    TestClient.ADMIN_PASSWORD);
            assertThat(term.status()).as(term.body()).isEqualTo(201);
        }
    }

    /** A delegate of the current term with a unique name; returns its id. */
    static String delegate(TestClient client, String slug, String name) {
        var created = client.postJson(
                "/api/v1/councils/" + slug + "/delegates",
                Map.of("fullName", name),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** An account with one role (a DELEGATE linked to {@code delegateId} when given); returns its username. */
    static String account(TestClient client, String slug, String prefix, String role, String delegateId) {
        String username = TestClient.uniqueUsername(prefix);
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("fullName", "Thử " + prefix);
        body.put("roles", List.of(role));
        if (delegateId != null) {
            body.put("delegateId", delegateId);
        }
        var created = client.postJson(
                "/api/v1/councils/" + slug + "/users", body, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    static String course(TestClient client, String slug, String title) {
        var created = client.postJson(
                "/api/v1/councils/" + slug + "/training/courses",
                Map.of("title", title, "topic", "SIGNING"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A session of the course from {@code start} (Vietnam time) for {@code hours}; returns its id. */
    static String session(TestClient client, String slug, String course, LocalDateTime start, int hours) {
        var created = client.postJson(
                "/api/v1/councils/" + slug + "/training/sessions",
                Map.of(
                        "course",
                        course,
                        "startsAt",
                        start.format(MOMENT),
                        "endsAt",
                        start.plusHours(hours).format(MOMENT),
                        "format",
                        "ONLINE",
                        "link",
                        "https://hop.example.vn/" + UUID.randomUUID()),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).withSecond(0).withNano(0);
    }

    /** An attendance list: a header "STT, Họ và tên, Ký tên", then one row per name. */
    static byte[] xlsx(List<String> names) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Điểm danh");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Họ và tên");
            header.createCell(2).setCellValue("Ký tên");
            for (int i = 0; i < names.size(); i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(names.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
