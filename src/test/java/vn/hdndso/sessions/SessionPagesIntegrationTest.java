package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The staff console, the delegate's view and the public pages without JavaScript: a session is
 * planned, given an agenda, convened, opened, voted on and closed through forms alone.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionPagesIntegrationTest {

    private static final Pattern SESSION_ID = Pattern.compile("/app/councils/[a-z-]+/sessions/([0-9a-f-]{36})");

    @Autowired
    TestClient client;

    SessionFixture council;

    @BeforeAll
    void aCouncilOfThreeDelegates() {
        council = SessionFixture.withDelegates(client, SessionTestCouncils.PAGES, 3);
    }

    @Test
    void aSessionIsRunFromPlanToResultWithFormsAlone() {
        var chair = new WebSession(client);
        chair.signIn(council.chair, SessionFixture.PASSWORD);
        String list = "/app/councils/" + council.slug + "/sessions";
        assertThat(chair.get(list).status()).isEqualTo(200);

        var refused = chair.submit(list, list, Map.of("title", "", "startsAt", "", "kind", "REGULAR"));
        assertThat(WebSession.redirectPath(refused)).isEqualTo(list);
        assertThat(chair.get(list).body()).contains("Nhập tên kỳ họp.");

        var planned = chair.submit(
                list,
                list,
                Map.of(
                        "title",
                        "Kỳ họp thứ hai (trang)",
                        "startsAt",
                        "2027-06-01T08:00",
                        "kind",
                        "REGULAR",
                        "place",
                        "Hội trường"));
        String console = WebSession.redirectPath(planned);
        Matcher m = SESSION_ID.matcher(console);
        assertThat(m.find()).as(console).isTrue();
        String id = m.group(1);
        assertThat(chair.get(console).body()).contains("Kỳ họp thứ hai (trang)", "Dự kiến", "Đã lên kế hoạch kỳ họp.");

        chair.submit(
                console,
                console + "/items",
                Map.of("title", "Tờ trình qua biểu mẫu", "motion", "true", "majority", "MORE_THAN_HALF_OF_ALL"));
        chair.submit(console, console + "/items", Map.of("title", "Báo cáo qua biểu mẫu"));
        chair.submit(console, console + "/convene", Map.of());
        chair.submit(console, console + "/start", Map.of());
        String item = client.get(council.base() + "/" + id, council.chair, SessionFixture.PASSWORD)
                .json()
                .get("agenda")
                .get(0)
                .get("id")
                .asString();
        // the report moves above the motion
        String report = client.get(council.base() + "/" + id)
                .json()
                .get("agenda")
                .get(1)
                .get("id")
                .asString();
        chair.submit(console, console + "/items/" + report + "/move", Map.of("direction", "-1"));
        assertThat(client.get(council.base() + "/" + id)
                        .json()
                        .get("agenda")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(report);
        chair.submit(console, console + "/items/" + item + "/open", Map.of());
        String page = chair.get(console).body();
        assertThat(page).contains("Đang họp", "Đang biểu quyết", "Kết thúc biểu quyết");

        var delegate = new WebSession(client);
        delegate.signIn(council.delegates.getFirst(), SessionFixture.PASSWORD);
        String mine = "/app/councils/" + council.slug + "/my-sessions";
        assertThat(delegate.get(mine).body()).contains("Kỳ họp thứ hai (trang)");
        assertThat(WebSession.redirectPath(delegate.get(list))).isEqualTo(mine);
        String view = mine + "/" + id;
        delegate.submit(view, view + "/check-in", Map.of());
        var voted = delegate.submit(view, view + "/items/" + item + "/vote", Map.of("choice", "YES"));
        assertThat(WebSession.redirectPath(voted)).isEqualTo(view);
        String after = delegate.get(view).body();
        assertThat(after).contains("Đã ghi nhận biểu quyết của đại biểu.", "aria-pressed=\"true\"");
        assertThat(delegate.get(view + "/invitation.pdf").body()).startsWith("%PDF-");
        assertThat(delegate.get("/app/councils/" + council.slug + "/sessions/" + id + "/pack")
                        .status())
                .isEqualTo(200);

        council.vote(id, item, council.delegates.get(1), "YES"); // 2 of 3: a majority of all
        chair.submit(console, console + "/items/" + item + "/close", Map.of());
        chair.submit(console, console + "/close", Map.of());
        assertThat(chair.get(console).body()).contains("Đã bế mạc", "Dự thảo nghị quyết");
        assertThat(chair.get(console + "/minutes.pdf").body()).startsWith("%PDF-");
        assertThat(chair.get(list + "/statistics").body()).contains("Người thử ss.delegate0");

        String publicPage = client.get("/" + council.slug + "/ky-hop/" + id).body();
        assertThat(publicPage).contains("Kỳ họp thứ hai (trang)", "Tờ trình qua biểu mẫu", "Người thử ss.delegate0");
        assertThat(client.get("/" + council.slug + "/ky-hop").body()).contains("Kỳ họp thứ hai (trang)");
        assertThat(client.get("/" + council.slug + "/ky-hop/" + id + "/trinh-chieu")
                        .status())
                .isEqualTo(200);
        assertThat(client.get("/" + council.slug).body()).contains("/" + council.slug + "/ky-hop");
    }

    @Test
    void theDemoSessionOfNhiChieuIsPublishedWithItsRecording() {
        var sessions = client.get("/api/v1/councils/nhi-chieu/sessions").json().get("items");
        var demo = sessions.valueStream()
                .filter(s -> s.get("demo").asBoolean())
                .findFirst()
                .orElseThrow();
        String id = demo.get("id").asString();
        assertThat(demo.get("state").asString()).isEqualTo("CLOSED");
        String page = client.get("/nhi-chieu/ky-hop/" + id).body();
        assertThat(page).contains("dữ liệu mẫu", "<video", "Xem từ 00:00:04", "Không thông qua", "Thông qua");
        var video = client.getBytes("/nhi-chieu/ky-hop/" + id + "/ghi-hinh", null, null);
        assertThat(video.status()).isEqualTo(200);
        assertThat(new String(video.body(), 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("ftyp");
        var pack =
                client.get("/api/v1/councils/nhi-chieu/sessions/" + id + "/pack", "nhichieu.vanthu", "hdnd-demo-2026");
        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.json()).hasSize(2);
    }
}
