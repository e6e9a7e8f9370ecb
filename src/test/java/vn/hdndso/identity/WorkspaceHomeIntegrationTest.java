package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;
import vn.hdndso.support.WebSession;

/**
 * Each role's home in Thái Tân ("Việc của tôi"): what it shows to whom, its tabs, and a crawl of
 * every workspace link each role can reach from it, which must answer neither 404 nor 500 nor a
 * refusal.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceHomeIntegrationTest {

    private static final String SLUG = "thai-tan";
    private static final String HOME = "/app/councils/" + SLUG + "/home";
    private static final String API = "/api/v1/councils/" + SLUG;
    private static final String PASSWORD = "Home-Pass-2026";
    /** A crawl stops after this many pages per role. */
    private static final int CRAWL_LIMIT = 120;

    @Autowired
    TestClient client;

    private final Map<String, String> users = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private String otherCouncilAdmin;
    private String incomingSubject;
    private String assignedSubject;
    private String petitionWords;
    private String unitIssueTitle;
    private String meetingTitle;
    private String sessionTitle;

    @BeforeAll
    void aCouncilWithWork() {
        for (String role : List.of("COUNCIL_ADMIN", "CLERK", "DELEGATE", "COMMITTEE_MEMBER", "FRONT_OFFICER")) {
            String username =
                    TestClient.uniqueUsername("home." + role.toLowerCase().replace("_", ""));
            ids.put(role, client.createUser(SLUG, username, PASSWORD, "Người " + role, role));
            users.put(role, username);
        }
        String clerkId = ids.get("CLERK");
        otherCouncilAdmin = TestClient.uniqueUsername("home.other");
        client.createUser("an-phu", otherCouncilAdmin, PASSWORD, "Quản trị An Phú", "COUNCIL_ADMIN");
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(VnTime.ZONE);

        incomingSubject = "Báo cáo chờ chuyển xử lý " + run;
        registerIncoming(incomingSubject);
        assignedSubject = "Công văn giao văn thư " + run;
        String assigned = registerIncoming(assignedSubject);
        var assign = client.postJson(
                API + "/incoming/" + assigned + "/assign",
                Map.of("handlerUserId", clerkId, "deadline", today.plusDays(1).toString()),
                users.get("CLERK"),
                PASSWORD);
        assertThat(assign.status()).as(assign.body()).isEqualTo(200);

        petitionWords = "Đề nghị sửa cống thoát nước thôn " + run + " ngập sau mưa";
        submitPetition(petitionWords);

        String unit = created(client.postJson(
                API + "/executive-units",
                Map.of("name", "Phòng Kinh tế " + run, "kind", "OFFICE"),
                users.get("CLERK"),
                PASSWORD));
        officerOf(unit);
        unitIssueTitle = "Đề nghị làm đèn đường xóm " + run + " tối quá";
        String issue = submitPetition(unitIssueTitle);
        var transfer = client.postJson(
                API + "/petition-issues/" + issue + "/transfer",
                Map.of("bodyKind", "EXECUTIVE_UNIT", "executiveUnitId", unit),
                users.get("CLERK"),
                PASSWORD);
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);
        unitIssueTitle = transfer.json().get("title").asString();

        meetingTitle = "Tiếp xúc cử tri thôn Đông " + run;
        created(client.postJson(
                API + "/voter-meetings",
                Map.of(
                        "title", meetingTitle,
                        "format", "IN_PERSON",
                        "place", "Nhà văn hóa thôn Đông",
                        "heldOn", today.plusDays(5).toString(),
                        "timing", "BEFORE"),
                users.get("CLERK"),
                PASSWORD));

        sessionTitle = "Kỳ họp thứ " + run;
        created(client.postJson(
                API + "/sessions",
                Map.of(
                        "title",
                        sessionTitle,
                        "startsAt",
                        today.plusDays(10)
                                .atTime(8, 0)
                                .atZone(VnTime.ZONE)
                                .toOffsetDateTime()
                                .toString(),
                        "kind",
                        "REGULAR"),
                users.get("CLERK"),
                PASSWORD));
    }

    @Test
    void signingInLandsOnOnesOwnHome() {
        var web = new WebSession(client);
        web.signIn(users.get("DELEGATE"), PASSWORD);
        var app = web.get("/app");
        assertThat(app.status()).isEqualTo(302);
        assertThat(WebSession.redirectPath(app)).isEqualTo(HOME);
    }

    @Test
    void theClerkSeesDocumentsPetitionsMeetingsAndTheSessionToPrepare() {
        Document home = home("CLERK");
        assertThat(item(home, incomingSubject).text()).contains("Chuyển xử lý văn bản đến");
        Element assigned = item(home, assignedSubject);
        assertThat(assigned.text()).contains("Xử lý văn bản được giao", "Sắp đến hạn");
        assertThat(item(home, petitionWords).text()).contains("Xác nhận phân loại kiến nghị");
        assertThat(item(home, meetingTitle).text()).contains("Tiếp xúc cử tri sắp tới");
        assertThat(items(home, sessionTitle))
                .extracting(Element::text)
                .anyMatch(t -> t.contains("Chuẩn bị tài liệu kỳ họp"))
                .anyMatch(t -> t.contains("Kỳ họp sắp tới"));
        assertThat(item(home, incomingSubject).attr("href"))
                .startsWith("/app/councils/" + SLUG + "/documents/incoming/");
        assertThat(home.select(".work-groups").text()).contains("Văn bản đến", "Kiến nghị cử tri", "Kỳ họp");
        assertThat(tabs(home))
                .contains("Việc của tôi", "Văn bản đến", "Văn bản đi", "Kiến nghị cử tri", "Dữ liệu mở")
                .doesNotContain("Tài khoản", "Nhật ký", "Tiếp xúc cử tri");
    }

    @Test
    void theChairSeesWhatToConveneAndFollow() {
        Document home = home("COUNCIL_ADMIN");
        assertThat(items(home, sessionTitle))
                .extracting(Element::text)
                .anyMatch(t -> t.contains("Triệu tập kỳ họp"))
                .noneMatch(t -> t.contains("Chuẩn bị tài liệu"));
        assertThat(item(home, assignedSubject).text()).contains("Theo dõi giải quyết");
        assertThat(home.text()).doesNotContain(petitionWords);
        assertThat(tabs(home)).contains("Tài khoản", "Nhật ký", "Văn bản đến");
    }

    @Test
    void theExecutiveOfficerSeesTheUnitsInboxWithItsDeadline() {
        Document home = home("EXECUTIVE_OFFICER");
        Element answer = item(home, unitIssueTitle);
        assertThat(answer.text()).contains("Trả lời kiến nghị được chuyển");
        assertThat(answer.select("time").attr("datetime")).isNotBlank();
        assertThat(home.text()).doesNotContain(incomingSubject, meetingTitle, sessionTitle);
        assertThat(tabs(home))
                .contains("Kiến nghị cử tri", "Báo cáo")
                .doesNotContain("Văn bản đến", "Kỳ họp", "Tài khoản");
    }

    @Test
    void theFrontOfficerAndTheDelegateSeeTheVoterMeeting() {
        for (String role : List.of("FRONT_OFFICER", "DELEGATE")) {
            Document home = home(role);
            assertThat(item(home, meetingTitle).attr("href"))
                    .startsWith("/app/councils/" + SLUG + "/petitions/meetings/");
            assertThat(home.text()).doesNotContain(incomingSubject, petitionWords);
            assertThat(tabs(home)).contains("Tiếp xúc cử tri").doesNotContain("Kiến nghị cử tri", "Văn bản đi");
        }
        assertThat(tabs(home("DELEGATE"))).contains("Kỳ họp");
        assertThat(tabs(home("FRONT_OFFICER"))).doesNotContain("Kỳ họp");
    }

    @Test
    void theCommitteeMemberHasAnEmptyHomeThatSaysSo() {
        Document home = home("COMMITTEE_MEMBER");
        assertThat(home.select("ol.work li")).isEmpty();
        assertThat(home.text()).contains("Hôm nay bạn không có việc nào cần làm");
        assertThat(tabs(home)).contains("Báo cáo", "Nhiệm vụ").doesNotContain("Kỳ họp", "Văn bản đến");
    }

    @Test
    void nobodyElseSeesTheHome() {
        var anonymous = client.get(HOME);
        assertThat(anonymous.status()).isIn(302, 401);
        assertThat(anonymous.body()).doesNotContain(incomingSubject);
        var other = new WebSession(client);
        other.signIn(otherCouncilAdmin, PASSWORD);
        var answer = other.get(HOME);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(incomingSubject).contains("Không tìm thấy trang");
        var city = new WebSession(client);
        city.signIn(TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        var cityHome = city.get(HOME);
        assertThat(cityHome.status()).isEqualTo(200);
        assertThat(cityHome.body()).contains(incomingSubject, sessionTitle);
    }

    @Test
    void aRefusedPageSaysWhyAndLeadsBackIntoTheWorkspace() {
        var web = new WebSession(client);
        web.signIn(users.get("DELEGATE"), PASSWORD);
        var refused = web.get("/app/councils/" + SLUG + "/documents/incoming");
        assertThat(refused.status()).isEqualTo(403);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("h1").text()).isEqualTo("Không có quyền truy cập");
        assertThat(page.text()).contains("Trang này dành cho vai trò khác", "Đại biểu");
        assertThat(page.select("main a.button.primary").attr("href")).isEqualTo("/app");
        var missing = web.get("/app/councils/" + SLUG + "/khong-co-trang-nay");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("main a.button.primary").attr("href"))
                .isEqualTo("/app");
    }

    @Test
    void everyWorkspaceLinkOfEveryRoleOpens() {
        Map<String, String> people = new LinkedHashMap<>(users);
        people.put("CITY_ADMIN", TestClient.ADMIN);
        List<String> failures = new ArrayList<>();
        people.forEach((role, username) -> {
            var web = new WebSession(client);
            web.signIn(username, role.equals("CITY_ADMIN") ? TestClient.ADMIN_PASSWORD : PASSWORD);
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> next = new ArrayDeque<>(List.of(HOME));
            while (!next.isEmpty() && seen.size() < CRAWL_LIMIT) {
                String path = next.poll();
                if (!seen.add(path)) {
                    continue;
                }
                var page = web.get(path);
                if (page.status() == 302 || page.status() == 303) {
                    String target = WebSession.redirectPath(page);
                    if (target != null && isWorkspace(target)) {
                        next.addFirst(target);
                    }
                    continue;
                }
                if (page.status() != 200) {
                    failures.add(role + " " + path + " → " + page.status());
                    continue;
                }
                String type = page.header("Content-Type");
                if (type == null || !type.startsWith("text/html")) {
                    continue;
                }
                for (Element link : Jsoup.parse(page.body()).select("a[href]")) {
                    String href = link.attr("href").replaceFirst("#.*$", "");
                    if (isWorkspace(href) && !seen.contains(href)) {
                        next.add(href);
                    }
                }
            }
            assertThat(seen.size()).as(role + " crawled").isGreaterThan(5);
        });
        assertThat(failures).as("workspace links that do not open").isEmpty();
    }

    private static boolean isWorkspace(String href) {
        return href.startsWith("/app/councils/" + SLUG) || href.equals("/app") || href.equals("/app/account");
    }

    private Document home(String role) {
        var web = new WebSession(client);
        web.signIn(users.get(role), PASSWORD);
        var page = web.get(HOME);
        assertThat(page.status()).as(role).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static List<Element> items(Document home, String text) {
        return home.select("ol.work li > a").stream()
                .filter(a -> a.text().contains(text))
                .toList();
    }

    private static Element item(Document home, String text) {
        List<Element> found = items(home, text);
        assertThat(found).as("an item about " + text).hasSize(1);
        return found.getFirst();
    }

    private static List<String> tabs(Document home) {
        // the label only: the count of waiting items beside it ("Văn bản đến (3)") is checked elsewhere
        return home.select("#workspace-tabs a").stream()
                .map(a -> {
                    Element label = a.clone();
                    label.select(".tab-count, .visually-hidden").remove();
                    return label.text();
                })
                .toList();
    }

    /** The People's Committee officer, tied to the unit the issue is transferred to. */
    private void officerOf(String unit) {
        String username = TestClient.uniqueUsername("home.executiveofficer");
        ids.put(
                "EXECUTIVE_OFFICER",
                created(client.postJson(
                        API + "/users",
                        Map.of(
                                "username",
                                username,
                                "password",
                                PASSWORD,
                                "fullName",
                                "Người EXECUTIVE_OFFICER",
                                "roles",
                                List.of("EXECUTIVE_OFFICER"),
                                "executiveUnitId",
                                unit),
                        TestClient.ADMIN,
                        TestClient.ADMIN_PASSWORD)));
        users.put("EXECUTIVE_OFFICER", username);
    }

    private String registerIncoming(String subject) {
        String symbol = (100 + Math.abs(UUID.randomUUID().hashCode() % 800)) + "/BC-UBND-"
                + UUID.randomUUID().toString().substring(0, 6);
        String metadata = """
                {"issuingBody":"UBND xã Thái Tân","numberSymbol":"%s","documentDate":"%s","typeCode":"BC",
                 "subject":"%s","urgency":"THƯỜNG"}""".formatted(symbol, LocalDate.now(VnTime.ZONE), subject);
        return created(client.postMultipart(
                API + "/incoming",
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "bao-cao.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                users.get("CLERK"),
                PASSWORD));
    }

    private String submitPetition(String content) {
        var sent = client.postJson(API + "/petitions", Map.of("content", content, "consent", true));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String code = sent.json().get("trackingCode").asString();
        return client.get(API + "/petitions?size=500", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(code))
                .findFirst()
                .orElseThrow()
                .get("issueId")
                .asString();
    }

    private static String created(TestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
