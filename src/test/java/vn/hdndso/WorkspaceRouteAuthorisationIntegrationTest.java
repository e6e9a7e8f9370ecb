package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.authz.Callers.ADMINS;
import static vn.hdndso.support.authz.Callers.EVERYONE;
import static vn.hdndso.support.authz.Callers.MEMBERS;
import static vn.hdndso.support.authz.Callers.STAFF;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.authz.Callers;
import vn.hdndso.support.authz.Callers.Who;
import vn.hdndso.support.authz.RouteRows;

/**
 * Workspace routes of plans, tasks, open data, reports and webhooks that had no authorisation row
 * (issue 17), with the public pages and files of a dataset: all ten kinds of caller in Xã Vĩnh Hải
 * (the other council: Xã Vĩnh Hòa). The allowed see the record's title (or get the file); the
 * others are refused without it; a refused form leaves the record as it was (read back).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceRouteAuthorisationIntegrationTest {

    static final String SLUG = "vinh-hai";
    static final String OTHER_SLUG = "vinh-hoa";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String APP = "/app/councils/" + SLUG;

    @Autowired
    TestClient client;

    Callers callers;
    RouteRows rows;
    String hex;
    String task;
    String taskText;
    String dataset;
    String datasetTitle;
    String published;
    String publishedTitle;

    @BeforeAll
    void recordsAndCallers() {
        callers = Callers.in(client, SLUG, OTHER_SLUG, "wrt");
        rows = new RouteRows(callers);
        hex = UUID.randomUUID().toString().substring(0, 8);
        taskText = "Nhiệm vụ tuyến " + hex;
        task = created(
                "/tasks",
                Map.of("text", taskText, "dueOn", "2027-03-01", "assignee", Map.of("body", "STANDING_COMMITTEE")));
        datasetTitle = "Dữ liệu riêng tuyến " + hex;
        dataset = imported(created("/datasets", Map.of("title", datasetTitle, "theme", "BUDGET")));
        publishedTitle = "Dữ liệu công bố tuyến " + hex;
        published = publish(imported(created("/datasets", Map.of("title", publishedTitle, "theme", "BUDGET"))));
    }

    String created(String path, Map<String, Object> json) {
        var response = client.postJson(API + path, json, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    JsonNode read(String path) {
        var response = client.get(API + path, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    String imported(String datasetId) {
        var done = client.postMultipart(
                API + "/datasets/" + datasetId + "/imports",
                List.of(TestClient.Part.file(
                        "file",
                        "ngan-sach.csv",
                        "text/csv",
                        "Tỉnh,Tổng thu (triệu đồng),Năm\r\nHải Phòng,\"9.752.000\",2006\r\n"
                                .getBytes(StandardCharsets.UTF_8))),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        return datasetId;
    }

    String publish(String datasetId) {
        var done = client.request(
                "POST", API + "/datasets/" + datasetId + "/publish", null, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return datasetId;
    }

    String plan() {
        try {
            var response = client.postMultipart(
                    API + "/plans",
                    List.of(TestClient.Part.file(
                            "file",
                            "ke-hoach.txt",
                            "text/plain",
                            Files.readAllBytes(Path.of("testdata/plans/ke-hoach-57-nhi-chieu.txt")))),
                    TestClient.ADMIN,
                    TestClient.ADMIN_PASSWORD);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            return response.json().get("id").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String webhook() {
        return created(
                "/webhooks",
                Map.of(
                        "url",
                        "http://127.0.0.1:9/vinh-hai-" + UUID.randomUUID(),
                        "events",
                        List.of("SessionConvened"),
                        "secret",
                        "khoa-bi-mat-tuyen-2026"));
    }

    @Test
    void plansAndTasksAreTheCouncilsAndChangeForTheOffice() {
        String plan = plan();
        String planTitle = read("/plans/" + plan).get("title").asString();
        rows.read(APP + "/tasks/" + task, taskText, MEMBERS)
                .read(APP + "/plans/" + plan, planTitle, MEMBERS)
                .write(
                        "POST plans/{id}/confirm",
                        STAFF,
                        this::plan,
                        (who, id) -> callers.form(who, APP + "/plans/" + id + "/confirm", Map.of()),
                        id -> !read("/plans/" + id).get("confirmedAt").isNull())
                .verify();
    }

    @Test
    void aDatasetIsTheOfficesUntilPublishedThenEveryones() {
        Set<Who> nobody = EnumSet.noneOf(Who.class);
        rows.read(APP + "/open-data/" + dataset, datasetTitle, STAFF)
                .read("/" + SLUG + "/du-lieu-mo/" + published, publishedTitle, EVERYONE)
                .read("/" + SLUG + "/du-lieu-mo/" + published + ".csv", "Hải Phòng", EVERYONE)
                .read("/" + SLUG + "/du-lieu-mo/" + published + ".json", "Hải Phòng", EVERYONE)
                .read("/" + SLUG + "/chi-so/T1", "T1", EVERYONE)
                .read("/" + SLUG + "/du-lieu-mo/" + dataset, datasetTitle, nobody)
                .read("/" + SLUG + "/du-lieu-mo/" + dataset + ".csv", "Hải Phòng", nobody)
                .read("/" + SLUG + "/du-lieu-mo/" + dataset + ".json", "Hải Phòng", nobody)
                .write(
                        "POST open-data/{id}/publish",
                        STAFF,
                        () -> imported(created(
                                "/datasets",
                                Map.of("title", "Dữ liệu công bố qua trang " + UUID.randomUUID(), "theme", "BUDGET"))),
                        (who, id) -> callers.form(who, APP + "/open-data/" + id + "/publish", Map.of()),
                        id -> !read("/datasets/" + id)
                                .get("dataset")
                                .get("publishedVersion")
                                .isNull())
                .verify();
    }

    @Test
    void webhooksChangeOnlyForTheAdministrator() {
        rows.write(
                        "POST webhooks/{id}/pause",
                        ADMINS,
                        this::webhook,
                        (who, id) -> callers.form(who, APP + "/webhooks/" + id + "/pause", Map.of()),
                        id -> !read("/webhooks/" + id).get("active").asBoolean())
                .write(
                        "POST webhooks/{id}/resume",
                        ADMINS,
                        () -> {
                            String id = webhook();
                            var paused = client.request(
                                    "PATCH",
                                    API + "/webhooks/" + id,
                                    "{\"active\":false}",
                                    TestClient.ADMIN,
                                    TestClient.ADMIN_PASSWORD);
                            assertThat(paused.status()).as(paused.body()).isEqualTo(200);
                            return id;
                        },
                        (who, id) -> callers.form(who, APP + "/webhooks/" + id + "/resume", Map.of()),
                        id -> read("/webhooks/" + id).get("active").asBoolean())
                .write(
                        "POST webhooks/{id}/delete",
                        ADMINS,
                        this::webhook,
                        (who, id) -> callers.form(who, APP + "/webhooks/" + id + "/delete", Map.of()),
                        id -> client.get(API + "/webhooks/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                        .status()
                                == 404)
                .verify();
    }

    @Test
    void reportsAreTheOffices() {
        var report = client.postJson(
                API + "/reports", Map.of("period", "2026-H1"), TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        String id = report.json().get("id").asString();
        rows.file(APP + "/reports/" + id + "/report.pdf", "%PDF", STAFF)
                .file(APP + "/reports/" + id + "/report.docx", "PK", STAFF)
                .verify();
    }
}
