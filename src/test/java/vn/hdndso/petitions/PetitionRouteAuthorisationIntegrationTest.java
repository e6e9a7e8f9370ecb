package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.authz.Callers.ADMINS;
import static vn.hdndso.support.authz.Callers.EVERYONE;
import static vn.hdndso.support.authz.Callers.STAFF;

import java.util.EnumSet;
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
 * The petition routes that had no authorisation row (issue 17): the staff's page of an issue and
 * each of its forms (merge, split, classify, transfer, answer, publish), the voter meetings' page
 * and forms, the routing table's forms, the API's reads of a petition and an issue, and the
 * public tracking and answer pages. All ten kinds of caller in Xã Vĩnh Thuận (the other council:
 * Xã Vĩnh Hòa). The petitioner's name and contact are private markers: only the council's office
 * sees them; a refused form leaves the issue as it was. The People's Committee's officer here
 * belongs to no unit and the issues go to another agency, so the officer is refused them too (an
 * officer reads and answers only what was sent to their unit: RoutingAuthorisationIntegrationTest).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionRouteAuthorisationIntegrationTest {

    static final String SLUG = "vinh-thuan";
    static final String OTHER_SLUG = "vinh-hoa";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String APP = "/app/councils/" + SLUG + "/petitions";

    /** Who enters petitions heard at a voter meeting: the office, delegates and the Front's officer. */
    static final Set<Who> ENTER =
            EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE, Who.FRONT_OFFICER);

    @Autowired
    TestClient client;

    Callers callers;
    RouteRows rows;
    Petition petition;
    Petition published;
    String meeting;
    String meetingTitle;
    String field;

    /**
     * A petition as filed: its words, tracking code (as typed and as shown, with its dash), id,
     * issue, and the petitioner's name and contact.
     */
    record Petition(String content, String code, String shown, String id, String issue, String name, String contact) {}

    @BeforeAll
    void petitionsAndCallers() {
        callers = Callers.in(client, SLUG, OTHER_SLUG, "prt");
        rows = new RouteRows(callers);
        petition = petition();
        published = petition();
        publish(answer(transfer(published.issue())));
        meetingTitle = "Tiếp xúc cử tri tuyến " + UUID.randomUUID();
        meeting = meeting(meetingTitle);
        field = client.get("/api/v1/petition-fields").json().get(0).get("code").asString();
    }

    Petition petition() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder content = new StringBuilder("Đề nghị sửa đường tuyến");
        for (int i = 0; i < 32; i += 4) {
            content.append(" r").append(hex, i, i + 4);
        }
        String name = "Người Gửi Tuyến " + hex.substring(0, 8);
        String contact = "09" + (10_000_000 + Math.abs(hex.hashCode() % 89_999_999));
        var created = client.postJson(
                API + "/petitions",
                Map.of("content", content.toString(), "submitterName", name, "contact", contact, "consent", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("trackingCode").asString();
        JsonNode view = client.get(API + "/petitions?size=200", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
        String shown = client.get("/api/v1/petitions/" + code)
                .json()
                .get("trackingCode")
                .asString();
        return new Petition(
                content.toString(),
                code,
                shown,
                view.get("id").asString(),
                view.get("issueId").asString(),
                name,
                contact);
    }

    JsonNode issue(String id) {
        var read = client.get(API + "/petition-issues/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    String transfer(String issue) {
        var done = client.postJson(
                API + "/petition-issues/" + issue + "/transfer",
                Map.of("bodyKind", "AGENCY", "bodyName", "Cơ quan tuyến", "reason", "Thuộc thẩm quyền cơ quan tuyến"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return issue;
    }

    String answer(String issue) {
        var done = client.postJson(
                API + "/petition-issues/" + issue + "/answer",
                Map.of("answerClass", "RESOLVED", "answer", "Đã sửa xong đường tuyến"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return issue;
    }

    String publish(String issue) {
        var done = client.request(
                "POST",
                API + "/petition-issues/" + issue + "/publish",
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return issue;
    }

    String meeting(String title) {
        var created = client.postJson(
                API + "/voter-meetings",
                Map.of(
                        "title", title,
                        "format", "ONLINE",
                        "onlineLink", "https://hop.example.vn/tuyen",
                        "heldOn", "2026-11-20",
                        "timing", "AFTER"),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void anIssueIsForThoseWhoAnswerItAndThePetitionersDetailsForTheOffice() {
        Set<Who> outsiders = EnumSet.of(Who.ANONYMOUS, Who.API_CLIENT, Who.OTHER_COUNCIL_ADMIN);
        rows.read(APP + "/issues/" + petition.issue(), petition.content(), STAFF)
                .read(API + "/petition-issues/" + petition.issue(), petition.content(), STAFF)
                .read(API + "/petitions/" + petition.id(), petition.content(), STAFF)
                .read(API + "/petitions/" + petition.id() + "/duplicates", "[", STAFF)
                .read(API + "/petition-issues/" + petition.issue() + "/routing", "\"proposal\"", STAFF)
                .hides(APP + "/issues/" + petition.issue(), petition.contact(), outsiders)
                .hides(API + "/petition-issues/" + petition.issue(), petition.contact(), outsiders)
                .hides(API + "/petitions/" + petition.id(), petition.contact(), outsiders)
                .verify();
    }

    @Test
    void thePublicTracksByCodeAndReadsPublishedAnswersWithoutThePetitioner() {
        Set<Who> nobody = EnumSet.noneOf(Who.class);
        rows.read("/" + SLUG + "/kien-nghi/tra-cuu/" + petition.code(), petition.shown(), EVERYONE)
                .read("/api/v1/petitions/" + petition.code(), petition.shown(), EVERYONE)
                .read("/api/v1/petitions/" + published.code() + "/feedback", "{", EVERYONE)
                .read("/" + SLUG + "/kien-nghi/tra-loi/" + published.issue(), "Đã sửa xong đường tuyến", EVERYONE)
                .read("/" + SLUG + "/kien-nghi/tra-loi/" + petition.issue(), petition.content(), nobody)
                .hides("/" + SLUG + "/kien-nghi/tra-cuu/" + petition.code(), petition.name(), EVERYONE)
                .hides("/" + SLUG + "/kien-nghi/tra-cuu/" + petition.code(), petition.contact(), EVERYONE)
                .hides("/api/v1/petitions/" + petition.code(), petition.contact(), EVERYONE)
                .hides("/" + SLUG + "/kien-nghi/tra-loi/" + published.issue(), published.contact(), EVERYONE)
                .hides("/" + SLUG + "/kien-nghi/tra-loi/" + published.issue(), published.name(), EVERYONE)
                .verify();
    }

    @Test
    void theIssuesFormsChangeItOnlyForTheOffice() {
        rows.write(
                        "POST petitions/issues/{id}/transfer",
                        STAFF,
                        () -> petition().issue(),
                        (who, id) -> callers.form(
                                who,
                                APP + "/issues/" + id + "/transfer",
                                Map.of("bodyKind", "AGENCY", "bodyName", "Cơ quan tuyến", "reason", "Thẩm quyền")),
                        id -> issue(id).get("issue").get("status").asString().equals("TRANSFERRED"))
                .write(
                        "POST petitions/issues/{id}/answer",
                        STAFF,
                        () -> transfer(petition().issue()),
                        (who, id) -> callers.form(
                                who,
                                APP + "/issues/" + id + "/answer",
                                Map.of("answerClass", "RESOLVED", "answer", "Trả lời qua trang tuyến")),
                        id -> issue(id).get("issue").get("answer").toString().contains("Trả lời qua trang tuyến"))
                .write(
                        "POST petitions/issues/{id}/publish",
                        STAFF,
                        () -> answer(transfer(petition().issue())),
                        (who, id) -> callers.form(who, APP + "/issues/" + id + "/publish", Map.of()),
                        id -> !issue(id).get("issue").get("publishedAt").isNull())
                .write(
                        "POST petitions/issues/{id}/merge",
                        STAFF,
                        () -> new String[] {petition().issue(), petition().issue()},
                        (who, ids) ->
                                callers.form(who, APP + "/issues/" + ids[0] + "/merge", Map.of("otherIssueId", ids[1])),
                        ids -> issue(ids[0]).get("petitions").size() == 2)
                .write(
                        "POST petitions/issues/{id}/petitions/{petitionId}/classify",
                        STAFF,
                        this::petition,
                        (who, p) -> callers.form(
                                who,
                                APP + "/issues/" + p.issue() + "/petitions/" + p.id() + "/classify",
                                Map.of("field", field, "level", "CITY", "complaint", true)),
                        p -> client.get(API + "/petitions/" + p.id(), TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .json()
                                .get("complaint")
                                .asBoolean())
                .write(
                        "POST petitions/issues/{id}/petitions/{petitionId}/split",
                        STAFF,
                        () -> {
                            Petition kept = petition();
                            Petition moved = petition();
                            var merged = client.postJson(
                                    API + "/petition-issues/" + kept.issue() + "/merge",
                                    Map.of("otherIssueId", moved.issue()),
                                    TestClient.ADMIN,
                                    TestClient.ADMIN_PASSWORD);
                            assertThat(merged.status()).as(merged.body()).isEqualTo(200);
                            return new String[] {kept.issue(), moved.id()};
                        },
                        (who, ids) -> callers.form(
                                who, APP + "/issues/" + ids[0] + "/petitions/" + ids[1] + "/split", Map.of()),
                        ids -> issue(ids[0]).get("petitions").size() == 1)
                .verify();
    }

    @Test
    void voterMeetingsAreForThoseWhoHearVotersAndTheRoutingTableForTheAdministrator() {
        rows.read(APP + "/meetings/" + meeting, meetingTitle, ENTER)
                .write(
                        "POST petitions/meetings",
                        STAFF,
                        () -> "Tiếp xúc cử tri qua trang " + UUID.randomUUID(),
                        (who, title) -> callers.form(
                                who,
                                APP + "/meetings",
                                Map.of(
                                        "title", title,
                                        "format", "ONLINE",
                                        "onlineLink", "https://hop.example.vn/trang",
                                        "heldOn", "20/11/2026",
                                        "timing", "AFTER")),
                        title -> client.get(
                                        API + "/voter-meetings?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .body()
                                .contains(title))
                .write(
                        "POST petitions/meetings/{id}/petitions",
                        ENTER,
                        () -> new String[] {
                            meeting("Tiếp xúc nhập tuyến " + UUID.randomUUID()),
                            "Đề nghị lắp đèn tuyến " + UUID.randomUUID()
                        },
                        (who, m) -> callers.form(
                                who,
                                APP + "/meetings/" + m[0] + "/petitions",
                                Map.of("lines", m[1], "area", "Thôn Đông")),
                        m -> client.get(API + "/petitions?size=200", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .body()
                                .contains(m[1]))
                .write(
                        "POST petitions/meetings/{id}/minutes",
                        STAFF,
                        () -> meeting("Tiếp xúc biên bản tuyến " + UUID.randomUUID()),
                        (who, id) -> callers.form(
                                who, APP + "/meetings/" + id + "/minutes", Map.of("minutes", "Biên bản tuyến " + id)),
                        id -> client.get(API + "/voter-meetings/" + id, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .body()
                                .contains("Biên bản tuyến " + id))
                .write(
                        "POST petitions/routing",
                        ADMINS,
                        () -> "Cơ quan định tuyến " + UUID.randomUUID(),
                        (who, name) -> callers.form(
                                who,
                                APP + "/routing",
                                Map.of("field", field, "level", "COMMUNE", "bodyKind", "AGENCY", "bodyName", name)),
                        name -> client.get(
                                        API + "/petition-routes?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                                .body()
                                .contains(name))
                .verify();
    }
}
