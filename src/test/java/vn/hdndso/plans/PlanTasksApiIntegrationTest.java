package vn.hdndso.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * Plan tasks through the API: made from a confirmed plan and kept through an amendment, given to
 * bodies, changed by whoever holds them, evidenced with the council's own records, seen by the
 * public without notes or evidence, and reminded once.
 */
@IntegrationTest
class PlanTasksApiIntegrationTest {

    static final String SLUG = "lac-phuong";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String ADMIN = TestClient.ADMIN;
    static final String ADMIN_PASSWORD = TestClient.ADMIN_PASSWORD;
    static final String PASSWORD = "Tasks-Pass-2026";

    @Autowired
    TestClient client;

    @Autowired
    TaskReminders reminders;

    @Autowired
    JdbcClient jdbc;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    JsonNode created(String path, Object body) {
        var response = client.postJson(API + path, body, ADMIN, ADMIN_PASSWORD);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json();
    }

    List<JsonNode> items(TestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var items = new ArrayList<JsonNode>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    Set<String> ids(List<JsonNode> tasks) {
        var ids = new HashSet<String>();
        tasks.forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    /** A user with the roles, and (for a delegate) their delegate id in the current term. */
    record Person(String username, String delegateId) {}

    Person person(String prefix, String... roles) {
        String username = TestClient.uniqueUsername(prefix);
        String fullName = "Người thử nhiệm vụ " + username;
        client.createUser(SLUG, username, PASSWORD, fullName, roles);
        String delegateId = null;
        for (JsonNode d : items(client.get(API + "/delegates?size=500", ADMIN, ADMIN_PASSWORD))) {
            if (d.get("fullName").asString().equals(fullName)) {
                delegateId = d.get("id").asString();
            }
        }
        return new Person(username, delegateId);
    }

    void seat(String bodyId, Person person) {
        created("/bodies/" + bodyId + "/members", Map.of("delegateId", person.delegateId(), "role", "MEMBER"));
    }

    String task(String text, Map<String, Object> assignee, LocalDate due) {
        return created("/tasks", Map.of("text", text, "dueOn", due.toString(), "assignee", assignee))
                .get("id")
                .asString();
    }

    TestClient.Response patch(String taskId, String body, String user) {
        return client.request(
                "PATCH", API + "/tasks/" + taskId, body, user, user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD);
    }

    @Test
    void aConfirmedPlanGivesOneTaskPerTaskAndBodyAndAnAmendmentKeepsTheirProgress() throws Exception {
        var upload = client.postMultipart(
                API + "/plans",
                List.of(Part.file(
                        "file",
                        "ke-hoach.txt",
                        "text/plain",
                        Files.readAllBytes(Path.of("testdata/plans/ke-hoach-57-nhi-chieu.txt")))),
                ADMIN,
                ADMIN_PASSWORD);
        String planId = upload.json().get("id").asString();
        int expected = 0;
        var seen = new HashSet<String>();
        for (JsonNode task : upload.json().get("tasks")) {
            for (JsonNode body : task.get("responsibleBodies")) {
                if (seen.add(body.asString() + "|" + task.get("text").asString())) {
                    expected++;
                }
            }
        }
        assertThat(items(client.get(API + "/tasks?plan=" + planId, ADMIN, ADMIN_PASSWORD)))
                .as("a draft has no tasks")
                .isEmpty();

        client.request("POST", API + "/plans/" + planId + "/confirm", null, ADMIN, ADMIN_PASSWORD);
        List<JsonNode> tasks = items(client.get(API + "/tasks?plan=" + planId + "&size=500", ADMIN, ADMIN_PASSWORD));

        assertThat(tasks).hasSize(expected);
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.get("status").asString()).isEqualTo("OPEN");
            assertThat(t.get("planVersion").asInt()).isEqualTo(1);
            assertThat(LocalDate.parse(t.get("dueOn").asString())).isAfterOrEqualTo(today());
        });
        assertThat(tasks)
                .filteredOn(t -> t.get("body").asString().equals("STANDING_COMMITTEE"))
                .allSatisfy(t -> assertThat(t.get("bodyName").asString()).isEqualTo("Thường trực Hội đồng nhân dân"));

        String first = tasks.getFirst().get("id").asString();
        assertThat(patch(first, """
                {"status":"DONE","note":"Đã quán triệt tại hội nghị ngày 10/10"}""", ADMIN).status()).isEqualTo(200);

        client.request("POST", API + "/plans/" + planId + "/amendments", null, ADMIN, ADMIN_PASSWORD);
        JsonNode draft =
                client.get(API + "/plans/" + planId, ADMIN, ADMIN_PASSWORD).json();
        var review = new ArrayList<Map<String, Object>>();
        draft.get("tasks").forEach(t -> {
            var bodies = new ArrayList<String>();
            t.get("responsibleBodies").forEach(b -> bodies.add(b.asString()));
            var item = new java.util.HashMap<String, Object>(
                    Map.of("text", t.get("text").asString(), "responsibleBodies", bodies));
            if (!t.get("serves").isNull()) {
                item.put("serves", t.get("serves").asString());
            }
            review.add(item);
        });
        review.add(Map.of("text", "Số hóa hồ sơ giám sát năm 2026", "responsibleBodies", List.of("COMMITTEES")));
        var targets = new ArrayList<JsonNode>();
        draft.get("targets").forEach(targets::add);
        var reviewed = client.request(
                "PUT",
                API + "/plans/" + planId + "/review",
                new tools.jackson.databind.json.JsonMapper()
                        .writeValueAsString(Map.of("targets", targets, "tasks", review)),
                ADMIN,
                ADMIN_PASSWORD);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        client.request("POST", API + "/plans/" + planId + "/confirm", null, ADMIN, ADMIN_PASSWORD);

        List<JsonNode> after = items(client.get(API + "/tasks?plan=" + planId + "&size=500", ADMIN, ADMIN_PASSWORD));
        assertThat(after).as("no duplicates, one new task").hasSize(expected + 1);
        assertThat(after)
                .allSatisfy(t -> assertThat(t.get("planVersion").asInt()).isEqualTo(2));
        JsonNode kept = after.stream()
                .filter(t -> t.get("id").asString().equals(first))
                .findFirst()
                .orElseThrow();
        assertThat(kept.get("status").asString()).isEqualTo("DONE");
        assertThat(kept.get("note").asString()).isEqualTo("Đã quán triệt tại hội nghị ngày 10/10");
        assertThat(after)
                .filteredOn(t -> t.get("text").asString().equals("Số hóa hồ sơ giám sát năm 2026"))
                .singleElement()
                .satisfies(t -> assertThat(t.get("body").asString()).isEqualTo("COMMITTEES"));

        var history = client.get(API + "/tasks/" + first + "/history", ADMIN, ADMIN_PASSWORD)
                .json();
        var what = new ArrayList<String>();
        history.forEach(h -> what.add(h.get("what").asString()));
        assertThat(what).containsExactlyInAnyOrder("created", "status", "note", "plan");
        assertThat(what.getFirst()).isEqualTo("created");
        assertThat(what.getLast()).isEqualTo("plan");
    }

    @Test
    void eachRoleSeesAndChangesTheTasksOfItsOwnBody() {
        String committee = created(
                        "/bodies", Map.of("kind", "COMMITTEE", "name", "Ban thử nhiệm vụ " + UUID.randomUUID()))
                .get("id")
                .asString();
        String group = created(
                        "/bodies", Map.of("kind", "DELEGATE_GROUP", "name", "Tổ thử nhiệm vụ " + UUID.randomUUID()))
                .get("id")
                .asString();
        Person member = person("tasks.ban", "COMMITTEE_MEMBER", "DELEGATE");
        Person delegate = person("tasks.to", "DELEGATE");
        Person officer = person("tasks.ubnd", "EXECUTIVE_OFFICER");
        Person front = person("tasks.mttq", "FRONT_OFFICER");
        seat(committee, member);
        seat(group, delegate);
        LocalDate due = today().plusDays(40);
        String ofCommittee = task("Giám sát số hóa hồ sơ đất đai", Map.of("bodyId", committee), due);
        String ofGroup = task("Tiếp xúc cử tri trực tuyến tại thôn Đông", Map.of("bodyId", group), due);
        String ofPeoplesCommittee =
                task("Kết nối dữ liệu kiến nghị với UBND", Map.of("body", "PEOPLES_COMMITTEE"), due);
        String ofFront = task("Phối hợp tổ chức tiếp xúc cử tri", Map.of("body", "FATHERLAND_FRONT"), due);
        String ofDelegate =
                task("Chuẩn bị chất vấn về chuyển đổi số", Map.of("delegateId", delegate.delegateId()), due);
        Set<String> mine = Set.of(ofCommittee, ofGroup, ofPeoplesCommittee, ofFront, ofDelegate);

        assertThat(ids(items(client.get(API + "/tasks?mine=true&size=500", member.username(), PASSWORD))))
                .containsAnyElementsOf(mine)
                .contains(ofCommittee)
                .doesNotContain(ofGroup, ofPeoplesCommittee, ofFront, ofDelegate);
        assertThat(ids(items(client.get(API + "/tasks?mine=true&size=500", delegate.username(), PASSWORD))))
                .contains(ofGroup, ofDelegate)
                .doesNotContain(ofCommittee, ofPeoplesCommittee, ofFront);
        assertThat(ids(items(client.get(API + "/tasks?mine=true&size=500", officer.username(), PASSWORD))))
                .contains(ofPeoplesCommittee)
                .doesNotContain(ofCommittee, ofGroup, ofFront, ofDelegate);
        assertThat(ids(items(client.get(API + "/tasks?mine=true&size=500", front.username(), PASSWORD))))
                .contains(ofFront)
                .doesNotContain(ofCommittee, ofGroup, ofPeoplesCommittee, ofDelegate);
        assertThat(ids(items(client.get(API + "/tasks?body=" + committee, ADMIN, ADMIN_PASSWORD))))
                .containsExactly(ofCommittee);

        assertThat(patch(ofCommittee, """
                {"status":"IN_PROGRESS","note":"Đã lập đoàn giám sát"}""", member.username()).status()).isEqualTo(200);
        assertThat(patch(ofGroup, """
                {"status":"IN_PROGRESS"}""", member.username()).status()).isEqualTo(403);
        assertThat(patch(ofCommittee, """
                {"status":"IN_PROGRESS"}""", delegate.username()).status()).isEqualTo(403);
        assertThat(patch(ofPeoplesCommittee, """
                {"status":"IN_PROGRESS"}""", officer.username()).status()).isEqualTo(200);
        assertThat(patch(ofFront, """
                {"status":"IN_PROGRESS"}""", front.username()).status()).isEqualTo(200);
        assertThat(patch(ofDelegate, """
                {"status":"IN_PROGRESS"}""", delegate.username()).status()).isEqualTo(200);
        assertThat(patch(ofCommittee, """
                {"dueOn":"%s"}""".formatted(due.plusDays(30)), member.username())
                        .status())
                .as("only the office moves a due date")
                .isEqualTo(403);
        assertThat(patch(ofCommittee, """
                {"status":"CANCELLED"}""", member.username()).status())
                .as("only the office cancels")
                .isEqualTo(403);
        var moved = patch(ofCommittee, """
                {"dueOn":"%s","assignee":{"bodyId":"%s"}}""".formatted(due.plusDays(30), group), ADMIN);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("dueOn").asString())
                .isEqualTo(due.plusDays(30).toString());
        assertThat(moved.json().get("body").asString()).isEqualTo("DELEGATE_GROUPS");
        assertThat(moved.json().get("bodyId").asString()).isEqualTo(group);
    }

    @Test
    void evidenceIsTheCouncilsOwnRecordOrALinkAndDoneNeedsIt() {
        String taskId =
                task("Công khai dự toán ngân sách năm 2027", Map.of("body", "STANDING_COMMITTEE"), today().plusDays(3));
        String otherCouncilsDocument = client.get("/api/v1/councils/nhi-chieu/documents?size=1", ADMIN, ADMIN_PASSWORD)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        JsonNode ownDocument = client.get(API + "/documents?status=ISSUED&size=1", ADMIN, ADMIN_PASSWORD)
                .json()
                .get("items")
                .get(0);
        String evidence = API + "/tasks/" + taskId + "/evidence";

        var done = patch(taskId, """
                {"status":"DONE"}""", ADMIN);
        assertThat(done.status()).isEqualTo(400);
        assertThat(done.body()).contains("ít nhất một minh chứng hoặc ghi chú");
        var foreign = client.postJson(
                evidence, Map.of("kind", "DOCUMENT", "reference", otherCouncilsDocument), ADMIN, ADMIN_PASSWORD);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("Không tìm thấy văn bản này của Hội đồng");
        var unknownSession = client.postJson(
                evidence,
                Map.of("kind", "SESSION", "reference", UUID.randomUUID().toString()),
                ADMIN,
                ADMIN_PASSWORD);
        assertThat(unknownSession.status()).isEqualTo(400);
        assertThat(unknownSession.body()).contains("Không tìm thấy kỳ họp này");
        var badLink = client.postJson(
                evidence, Map.of("kind", "LINK", "reference", "javascript:alert(1)"), ADMIN, ADMIN_PASSWORD);
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body()).contains("http://");
        var course = client.postJson(evidence, Map.of("kind", "COURSE", "reference", ""), ADMIN, ADMIN_PASSWORD);
        assertThat(course.status()).isEqualTo(400);
        assertThat(course.body()).contains("tên khóa tập huấn");

        var added = client.postJson(
                evidence,
                Map.of("kind", "DOCUMENT", "reference", ownDocument.get("id").asString()),
                ADMIN,
                ADMIN_PASSWORD);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode proof = added.json().get("evidence").get(0);
        assertThat(proof.get("title").asString())
                .contains(ownDocument.get("subject").asString());
        assertThat(proof.get("url").asString())
                .isEqualTo("/app/councils/lac-phuong/documents/"
                        + ownDocument.get("id").asString());
        assertThat(client.postJson(
                                evidence,
                                Map.of(
                                        "kind",
                                        "DOCUMENT",
                                        "reference",
                                        ownDocument.get("id").asString()),
                                ADMIN,
                                ADMIN_PASSWORD)
                        .status())
                .as("the same record twice")
                .isEqualTo(400);
        assertThat(patch(taskId, """
                {"status":"DONE"}""", ADMIN).json().get("completedOn").asString())
                .isEqualTo(today().toString());

        String proofId = proof.get("id").asString();
        var removed = client.delete(evidence + "/" + proofId, ADMIN, ADMIN_PASSWORD);
        assertThat(removed.status()).as("the evidence a done task stands on").isEqualTo(409);

        var anonymous = client.get(API + "/tasks/" + taskId);
        assertThat(anonymous.status()).as("a task added by hand is the staff's").isEqualTo(404);
        assertThat(client.get(API + "/tasks/" + taskId + "/history").status()).isEqualTo(401);
        assertThat(client.get(API + "/tasks?due=later").status()).isEqualTo(400);
        assertThat(client.get(API + "/tasks?body=NOBODY").body()).contains("NOBODY");
    }

    @Test
    void thePublicSeesTheTasksOfConfirmedPlansWithoutNotesOrEvidence() {
        List<JsonNode> staff = items(client.get("/api/v1/councils/nhi-chieu/tasks?size=500", ADMIN, ADMIN_PASSWORD));
        List<JsonNode> visitor = items(client.get("/api/v1/councils/nhi-chieu/tasks?size=500"));

        assertThat(visitor).isNotEmpty();
        assertThat(visitor).allSatisfy(t -> {
            assertThat(t.get("planId").isNull()).isFalse();
            assertThat(t.get("note").isNull()).isTrue();
            assertThat(t.get("evidence").isNull()).isTrue();
        });
        assertThat(staff.size()).isGreaterThanOrEqualTo(visitor.size());
        assertThat(items(client.get("/api/v1/councils/nhi-chieu/tasks?mine=true")))
                .isEmpty();
    }

    @Test
    void theDemoCouncilsHaveTasksDoneWithTheirOwnRecordsAndOneOverdue() {
        List<JsonNode> tasks = items(client.get("/api/v1/councils/nhi-chieu/tasks?size=500", ADMIN, ADMIN_PASSWORD));
        List<String> kinds = new ArrayList<>();
        tasks.stream()
                .filter(t -> t.get("status").asString().equals("DONE"))
                .forEach(t ->
                        t.get("evidence").forEach(e -> kinds.add(e.get("kind").asString())));

        assertThat(kinds).contains("DOCUMENT", "SESSION");
        assertThat(tasks).anySatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("IN_PROGRESS"));
        assertThat(items(client.get("/api/v1/councils/nhi-chieu/tasks?due=overdue", ADMIN, ADMIN_PASSWORD)))
                .isNotEmpty();
        assertThat(items(client.get("/api/v1/councils/lac-phuong/tasks?due=overdue", ADMIN, ADMIN_PASSWORD)))
                .isNotEmpty();
    }

    @Test
    void remindsEachTaskOnceWhateverHowOftenTheRunGoes() {
        String soon = task(
                "Nộp báo cáo sáu tháng về chuyển đổi số", Map.of("body", "STANDING_COMMITTEE"), today().plusDays(2));

        TaskReminders.Run first = reminders.remind();
        TaskReminders.Run second = reminders.remind();

        assertThat(first.ran()).isTrue();
        assertThat(first.dueSoon()).isPositive();
        assertThat(second.dueSoon()).isZero();
        assertThat(second.overdue()).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
                        .params(TaskDueSoon.class.getName(), "%" + soon + "%")
                        .query(Integer.class)
                        .single())
                .as("recorded in the event publication registry")
                .isEqualTo(1);
    }
}
