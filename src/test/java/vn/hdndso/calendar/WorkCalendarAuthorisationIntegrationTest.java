package vn.hdndso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The work calendar's pages and the oversight programme page as every kind of caller, in Ái Quốc:
 * what each role's calendar holds (sittings for the office and the convened delegate, the voter
 * meeting for those who hold it, a question's answer deadline for the office, the asker and the
 * addressed unit's officer, the programme's proposal day for those who propose), making and revoking
 * one's feed link, and the programme's proposals and adoption. Anonymous callers go to the sign-in
 * page; another council's administrator gets 404 and nothing of it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkCalendarAuthorisationIntegrationTest {

    static final String SLUG = "ai-quoc";
    static final String OTHER_SLUG = "tran-phu";
    static final String PASSWORD = "Calendar-Auth-2026";
    static final String PAGE = "/app/councils/" + SLUG + "/calendar";
    static final String API = "/api/v1/councils/" + SLUG;

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

    static final Set<Who> MEMBERS = EnumSet.range(Who.CITY_ADMIN, Who.FRONT_OFFICER);
    static final Set<Who> OFFICE = EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK);

    @Autowired
    TestClient client;

    final Map<Who, String> users = new EnumMap<>(Who.class);
    final Map<Who, WebSession> web = new EnumMap<>(Who.class);
    final String run = UUID.randomUUID().toString().substring(0, 8);
    LocalDate today;
    LocalDate base;
    LocalDate proposalsDue;
    String convened;
    String planned;
    String meeting;
    String question;

    @BeforeAll
    void aCouncilWithWorkForEveryone() {
        today = LocalDate.now(VnTime.ZONE);
        base = today.plusDays(45);
        proposalsDue = LocalDate.of(today.getYear() + 1, 3, 1);
        users.put(Who.CITY_ADMIN, TestClient.ADMIN);
        for (Who who : List.of(Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE, Who.COMMITTEE_MEMBER, Who.FRONT_OFFICER)) {
            users.put(who, user(SLUG, who.name()));
        }
        users.put(Who.OTHER_COUNCIL_ADMIN, user(OTHER_SLUG, "COUNCIL_ADMIN"));
        String unit = created(client.postJson(
                API + "/executive-units",
                Map.of("name", "Phòng Văn hóa lịch " + run, "kind", "OFFICE"),
                users.get(Who.CLERK),
                PASSWORD));
        String officer = TestClient.uniqueUsername("calauth.officer");
        created(client.postJson(
                API + "/users",
                Map.of(
                        "username", officer,
                        "password", PASSWORD,
                        "fullName", "Cán bộ UBND lịch " + run,
                        "roles", List.of("EXECUTIVE_OFFICER"),
                        "executiveUnitId", unit),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD));
        users.put(Who.EXECUTIVE_OFFICER, officer);

        convened = "Kỳ họp quyền lịch " + run;
        planned = "Kỳ họp dự kiến quyền lịch " + run;
        String s = created(client.postJson(
                API + "/sessions",
                Map.of("title", convened, "startsAt", at(base.plusDays(1)), "kind", "REGULAR"),
                users.get(Who.CLERK),
                PASSWORD));
        var convene = client.request(
                "POST", API + "/sessions/" + s + "/convene", null, users.get(Who.COUNCIL_ADMIN), PASSWORD);
        assertThat(convene.status()).as(convene.body()).isEqualTo(200);
        created(client.postJson(
                API + "/sessions",
                Map.of("title", planned, "startsAt", at(base.plusDays(2)), "kind", "REGULAR"),
                users.get(Who.CLERK),
                PASSWORD));
        meeting = "Tiếp xúc cử tri quyền lịch " + run;
        created(client.postJson(
                API + "/voter-meetings",
                Map.of(
                        "title",
                        meeting,
                        "delegates",
                        fullName(Who.DELEGATE.name()),
                        "format",
                        "IN_PERSON",
                        "place",
                        "Nhà văn hóa thôn Bắc",
                        "heldOn",
                        base.plusDays(3).toString(),
                        "timing",
                        "BEFORE"),
                users.get(Who.CLERK),
                PASSWORD));
        question = "Chất vấn lịch về nhà văn hóa " + run;
        created(client.postJson(
                API + "/questions", Map.of("text", question, "addressedTo", unit), users.get(Who.DELEGATE), PASSWORD));

        for (Who who : Who.values()) {
            var session = new WebSession(client);
            if (who != Who.ANONYMOUS) {
                session.signIn(users.get(who), who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD);
            }
            web.put(who, session);
        }
    }

    /** Who finds what in their calendar: present for the roles named, absent for every other. */
    record Expectation(String path, String content, Set<Who> see) {}

    @Test
    void eachRolesCalendarHoldsWhatItIsInvitedToOrAnswersFor() {
        List<Expectation> expectations = List.of(
                new Expectation(
                        PAGE + "?view=list&date=" + base,
                        convened,
                        EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE)),
                new Expectation(PAGE + "?view=list&date=" + base, planned, OFFICE),
                new Expectation(
                        PAGE + "?view=list&date=" + base,
                        meeting,
                        EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE, Who.FRONT_OFFICER)),
                new Expectation(
                        PAGE + "?view=list&date=" + today,
                        question,
                        EnumSet.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE, Who.EXECUTIVE_OFFICER)),
                new Expectation(
                        PAGE + "?view=list&date=" + proposalsDue.minusDays(3),
                        "Hạn đề xuất chương trình giám sát năm",
                        EnumSet.of(
                                Who.CITY_ADMIN,
                                Who.COUNCIL_ADMIN,
                                Who.CLERK,
                                Who.DELEGATE,
                                Who.COMMITTEE_MEMBER,
                                Who.FRONT_OFFICER)));
        List<String> wrong = new ArrayList<>();
        for (Expectation e : expectations) {
            for (Who who : Who.values()) {
                var r = web.get(who).get(e.path());
                if (who == Who.ANONYMOUS) {
                    if (r.status() != 302
                            || !String.valueOf(WebSession.redirectPath(r)).startsWith("/login")) {
                        wrong.add("anonymous not sent to sign in: " + r.status());
                    }
                    continue;
                }
                if (who == Who.OTHER_COUNCIL_ADMIN) {
                    if (r.status() != 404 || r.body().contains(e.content())) {
                        wrong.add("another council's admin: " + r.status());
                    }
                    continue;
                }
                if (r.status() != 200 || !r.body().contains("Lịch công tác")) {
                    wrong.add(who + " " + e.path() + ": " + r.status());
                } else if (e.see().contains(who) != r.body().contains(e.content())) {
                    wrong.add(who + (e.see().contains(who) ? " misses " : " sees ") + e.content());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyMemberMakesAndRevokesTheirOwnFeedLinkAndNobodyElseCan() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            WebSession session = web.get(who);
            String from = who == Who.ANONYMOUS ? "/login" : "/";
            var made = session.submit(from, PAGE + "/feed", Map.of());
            var revoked = session.submit(from, PAGE + "/feed/revoke", Map.of());
            if (MEMBERS.contains(who)) {
                String shown = made.status() == 302
                        ? session.get(WebSession.redirectPath(made)).body()
                        : "";
                if (!shown.contains("/lich/")) {
                    wrong.add(who + " made no link: " + made.status());
                }
                String after = revoked.status() == 302
                        ? session.get(WebSession.redirectPath(revoked)).body()
                        : "";
                if (!after.contains("Đã thu hồi đường dẫn lịch")) {
                    wrong.add(who + " could not revoke: " + revoked.status());
                }
            } else if (who == Who.ANONYMOUS) {
                if (made.status() != 302
                        || !String.valueOf(WebSession.redirectPath(made)).startsWith("/login")) {
                    wrong.add("anonymous made a link: " + made.status());
                }
            } else if (made.status() != 404 || revoked.status() != 404) {
                wrong.add(who + ": " + made.status() + "/" + revoked.status());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theProgrammePageOpensForOversightStaffAndTakesProposalsFromProposers() {
        int year = today.getYear() + 1;
        String programme = "/app/councils/" + SLUG + "/oversight/programme/" + year;
        Set<Who> proposers = EnumSet.of(
                Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK, Who.DELEGATE, Who.COMMITTEE_MEMBER, Who.FRONT_OFFICER);
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            WebSession session = web.get(who);
            var page = session.get(programme);
            String proposal = "Đề xuất giám sát của " + who + " " + run;
            var proposed = session.submit(
                    who == Who.ANONYMOUS ? "/login" : "/",
                    programme + "/proposals",
                    Map.of("title", proposal, "proposerKind", "DELEGATE"));
            var adopted = session.submit(
                    who == Who.ANONYMOUS ? "/login" : "/", programme + "/adoption", Map.of("resolutionDocumentId", ""));
            String after = web.get(Who.CLERK).get(programme).body();
            if (who == Who.ANONYMOUS) {
                if (page.status() != 302 || proposed.status() != 302 || after.contains(proposal)) {
                    wrong.add("anonymous: " + page.status() + "/" + proposed.status());
                }
                continue;
            }
            if (who == Who.OTHER_COUNCIL_ADMIN) {
                if (page.status() != 404
                        || proposed.status() != 404
                        || adopted.status() != 404
                        || after.contains(proposal)) {
                    wrong.add("another council: " + page.status() + "/" + proposed.status() + "/" + adopted.status());
                }
                continue;
            }
            if (page.status() != 200 || !page.body().contains("Chương trình giám sát năm " + year)) {
                wrong.add(who + " page " + page.status());
            }
            if (proposers.contains(who) != after.contains(proposal)) {
                wrong.add(who + " proposal " + proposed.status());
            }
            if (!proposers.contains(who) && proposed.status() != 404 && proposed.status() != 403) {
                wrong.add(who + " refused proposal answered " + proposed.status());
            }
            if (OFFICE.contains(who)) {
                if (adopted.status() != 400
                        || !adopted.body().contains("Chọn Nghị quyết thông qua chương trình giám sát")) {
                    wrong.add(who + " adoption " + adopted.status());
                }
            } else if (adopted.status() != 404 && adopted.status() != 403) {
                wrong.add(who + " adoption not refused: " + adopted.status());
            }
        }
        assertThat(wrong).isEmpty();
    }

    // ---- helpers ----

    private String fullName(String role) {
        return "Người lịch " + role + " " + run;
    }

    private String user(String slug, String role) {
        String username =
                TestClient.uniqueUsername("calauth." + role.toLowerCase().replace("_", ""));
        client.createUser(slug, username, PASSWORD, fullName(role), role);
        return username;
    }

    private static String created(TestClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String at(LocalDate day) {
        return day.atTime(8, 0).atZone(VnTime.ZONE).toOffsetDateTime().toString();
    }
}
