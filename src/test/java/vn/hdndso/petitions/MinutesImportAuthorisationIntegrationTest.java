package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The minutes and import-job endpoints (API and pages) of Xã Hải An for every kind of caller, with
 * what comes back: the office and the meeting's enterers (delegates, Front officers) get the
 * proposals; only the office (clerk, administrators) runs imports; an administrator of Phú Liên,
 * committee members and officers see nothing of it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesImportAuthorisationIntegrationTest {

    static final String SLUG = "hai-an";
    static final String API = "/api/v1/councils/" + SLUG;
    static final String PASSWORD = "Minutes-Auth-2026";
    static final String MINUTES =
            "Ý kiến cử tri:\nCử tri Nguyễn Văn Hùng (thôn Đông) phản ánh: đường liên thôn xuống cấp,"
                    + " đề nghị sửa chữa.";

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    static final Set<Who> OFFICE = EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK);
    static final Set<Who> ENTER =
            EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE, Who.FRONT_OFFICER);

    @Autowired
    TestClient client;

    @Autowired
    PetitionImportJobs jobs;

    @Autowired
    Councils councils;

    final Map<Who, String> usernames = new EnumMap<>(Who.class);
    String meetingId;
    CouncilId council;

    @BeforeAll
    void setUp() {
        council = councils.requireBySlug(SLUG).id();
        usernames.put(Who.CITY_ADMIN, TestClient.ADMIN);
        for (Who who : List.of(
                Who.COUNCIL_ADMIN,
                Who.CLERK,
                Who.DELEGATE,
                Who.COMMITTEE_MEMBER,
                Who.EXECUTIVE_OFFICER,
                Who.FRONT_OFFICER)) {
            String username = TestClient.uniqueUsername("mia." + who.name().toLowerCase(java.util.Locale.ROOT));
            client.createUser(SLUG, username, PASSWORD, "Thử " + who, who.name());
            usernames.put(who, username);
        }
        String other = TestClient.uniqueUsername("mia.phulien");
        client.createUser("phu-lien", other, PASSWORD, "Quản trị Phú Liên", "COUNCIL_ADMIN");
        usernames.put(Who.OTHER_COUNCIL_ADMIN, other);
        var created = client.postJson(
                API + "/voter-meetings",
                Map.of(
                        "title", "Tiếp xúc cử tri (phân quyền) " + UUID.randomUUID(),
                        "format", "IN_PERSON",
                        "place", "Nhà văn hóa",
                        "heldOn", "2026-11-20",
                        "timing", "BEFORE"),
                usernames.get(Who.CLERK),
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        meetingId = created.json().get("id").asString();
    }

    String password(Who who) {
        return who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
    }

    String user(Who who) {
        return who == Who.ANONYMOUS ? null : usernames.get(who);
    }

    int denied(Who who) {
        return who == Who.ANONYMOUS ? 401 : who == Who.OTHER_COUNCIL_ADMIN ? 404 : 403;
    }

    PetitionImportJobs.Job uploaded(String name) {
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> jobs.upload(
                        council, name, "Nội dung\nĐề nghị sửa cống thoát nước\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void minutesProposalsAreForTheOfficeAndTheMeetingsEnterers() {
        for (Who who : Who.values()) {
            var response = client.postMultipart(
                    API + "/voter-meetings/" + meetingId + "/minutes/proposals",
                    List.of(new TestClient.Part(
                            "minutes", null, "text/plain; charset=UTF-8", MINUTES.getBytes(StandardCharsets.UTF_8))),
                    user(who),
                    password(who));
            int expected = ENTER.contains(who) ? 200 : denied(who);
            assertThat(response.status()).as(who + ": " + response.body()).isEqualTo(expected);
            if (expected == 200) {
                assertThat(response.body()).contains("Nguyễn Văn Hùng").contains("thôn Đông");
            } else {
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain("Nguyễn Văn Hùng");
            }
        }
    }

    @Test
    void importJobsAreForTheOfficeOnly() {
        for (Who who : Who.values()) {
            String name = "ds-" + who.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
            var started = client.postMultipart(
                    API + "/petition-import-jobs",
                    List.of(TestClient.Part.file(
                            "file",
                            name,
                            "text/csv",
                            ("Nội dung\nĐề nghị sửa đường " + who + "\n").getBytes(StandardCharsets.UTF_8))),
                    user(who),
                    password(who));
            int expected = OFFICE.contains(who) ? 202 : denied(who);
            assertThat(started.status()).as(who + ": " + started.body()).isEqualTo(expected);
            if (expected == 202) {
                assertThat(started.body()).contains(name).contains("\"state\":\"QUEUED\"");
            } else {
                assertThat(started.body()).doesNotContain(name);
            }
        }
        var job = uploaded("phan-quyen.csv");
        for (Who who : Who.values()) {
            var status = client.get(API + "/petition-import-jobs/" + job.id(), user(who), password(who));
            int expected = OFFICE.contains(who) ? 200 : denied(who);
            assertThat(status.status()).as(who + ": " + status.body()).isEqualTo(expected);
            assertThat(status.body().contains("phan-quyen.csv")).as(who.name()).isEqualTo(expected == 200);
            var errors = client.getBytes(
                    API + "/petition-import-jobs/" + job.id() + "/errors.csv", user(who), password(who));
            assertThat(errors.status()).as(who.name()).isEqualTo(expected);
            assertThat(new String(errors.body(), StandardCharsets.UTF_8).contains("dong,cot,loi,gia_tri"))
                    .isEqualTo(expected == 200);
        }
        for (Who who : Who.values()) {
            var waiting = uploaded("huy-" + who + ".csv");
            var cancel = client.request(
                    "POST", API + "/petition-import-jobs/" + waiting.id() + "/cancel", null, user(who), password(who));
            int expected = OFFICE.contains(who) ? 200 : denied(who);
            assertThat(cancel.status()).as(who + ": " + cancel.body()).isEqualTo(expected);
            var after = Tenancy.call(TenantScope.staffOf(council), () -> jobs.require(council, waiting.id()));
            assertThat(after.state())
                    .as(who.name())
                    .isEqualTo(
                            expected == 200 ? PetitionImportJobs.State.CANCELLED : PetitionImportJobs.State.UPLOADED);
        }
    }

    WebSession signedIn(Who who) {
        var session = new WebSession(client);
        if (who != Who.ANONYMOUS) {
            session.signIn(usernames.get(who), password(who));
        }
        return session;
    }

    String home(Who who) {
        return who == Who.ANONYMOUS
                ? "/login"
                : who == Who.OTHER_COUNCIL_ADMIN ? "/app/councils/phu-lien" : "/app/councils/" + SLUG;
    }

    void expectPage(Who who, TestClient.Response page, boolean permitted, String content) {
        if (who == Who.ANONYMOUS) {
            assertThat(page.status()).as(page.body()).isEqualTo(302);
            assertThat(WebSession.redirectPath(page)).startsWith("/login");
        } else if (permitted) {
            assertThat(page.status()).as(who + ": " + page.body()).isIn(200, 302);
            if (page.status() == 200) {
                assertThat(page.body()).as(who.name()).contains(content);
            }
        } else {
            assertThat(page.status()).as(who.name()).isIn(403, 404);
            assertThat(page.body()).as(who.name()).doesNotContain(content);
        }
    }

    @Test
    void theMinutesReviewPagesAreForTheOfficeAndTheMeetingsEnterers() {
        String review = "/app/councils/" + SLUG + "/petitions/meetings/" + meetingId + "/minutes/review";
        for (Who who : Who.values()) {
            var session = signedIn(who);
            expectPage(who, session.get(review), ENTER.contains(who), "Tách kiến nghị từ biên bản");
            expectPage(
                    who,
                    session.submit(home(who), review, Map.of("minutes", MINUTES)),
                    ENTER.contains(who),
                    "Nguyễn Văn Hùng");
            var confirmed = session.submit(
                    home(who),
                    review + "/confirm",
                    Map.of(
                            "count",
                            "1",
                            "text0",
                            "Đề nghị sửa đường liên thôn do " + who + " xác nhận",
                            "voters0",
                            "Nguyễn Văn Hùng"));
            if (who == Who.ANONYMOUS) {
                assertThat(confirmed.status()).isEqualTo(302);
                assertThat(WebSession.redirectPath(confirmed)).startsWith("/login");
            } else {
                assertThat(confirmed.status())
                        .as(who + ": " + confirmed.body())
                        .isEqualTo(ENTER.contains(who) ? 302 : confirmed.status());
                if (!ENTER.contains(who)) {
                    assertThat(confirmed.status()).as(who.name()).isIn(403, 404);
                }
            }
        }
        var meetingPage = signedIn(Who.CLERK).get("/app/councils/" + SLUG + "/petitions/meetings/" + meetingId);
        for (Who who : Who.values()) {
            assertThat(meetingPage.body().contains("do " + who + " xác nhận"))
                    .as(who.name())
                    .isEqualTo(ENTER.contains(who));
        }
    }

    @Test
    void theImportPagesAreForTheOfficeOnly() {
        var job = uploaded("trang-nhap.csv");
        String base = "/app/councils/" + SLUG + "/petitions/import";
        for (Who who : Who.values()) {
            var session = signedIn(who);
            expectPage(who, session.get(base), OFFICE.contains(who), "trang-nhap.csv");
            expectPage(who, session.get(base + "/jobs/" + job.id()), OFFICE.contains(who), "trang-nhap.csv");
            expectPage(
                    who,
                    session.get(base + "/jobs/" + job.id() + "/progress"),
                    OFFICE.contains(who),
                    "import-progress");
            expectPage(
                    who,
                    session.submit(home(who), base + "/jobs/" + job.id(), Map.of("action", "preview")),
                    OFFICE.contains(who),
                    "Đề nghị sửa cống thoát nước");
        }
        for (Who who : Who.values()) {
            var waiting = uploaded("trang-huy-" + who + ".csv");
            var session = signedIn(who);
            var posted = session.submit(home(who), base + "/jobs/" + waiting.id() + "/cancel", Map.of());
            // a refused cancel says nothing of the job (an empty string is in every page: not a check)
            expectPage(who, posted, OFFICE.contains(who), "trang-huy-" + who + ".csv");
            var after = Tenancy.call(TenantScope.staffOf(council), () -> jobs.require(council, waiting.id()));
            assertThat(after.state())
                    .as(who.name())
                    .isEqualTo(
                            OFFICE.contains(who)
                                    ? PetitionImportJobs.State.CANCELLED
                                    : PetitionImportJobs.State.UPLOADED);
        }
    }
}
