package vn.hdndso.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.shared.VnTime;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/** The workspace's "Báo cáo" page: the clerk writes a report and opens a round with its forms only. */
@IntegrationTest
class ReportPagesIntegrationTest {

    static final String SLUG = "nam-sach";
    static final String PAGE = "/app/councils/" + SLUG + "/reports";
    static final String PASSWORD = "Reports-Pages-2026";

    @Autowired
    TestClient client;

    @Autowired
    Clock clock;

    WebSession signedIn(String role) {
        String username = TestClient.uniqueUsername("rep.page");
        client.createUser(SLUG, username, PASSWORD, "Người thử trang báo cáo", role);
        var session = new WebSession(client);
        session.signIn(username, PASSWORD);
        return session;
    }

    @Test
    void theClerkWritesTheYearsReportAndDownloadsIt() {
        WebSession clerk = signedIn("CLERK");
        int year = VnTime.today(clock).getYear();

        var page = clerk.get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Báo cáo định kỳ của Thường trực HĐND")
                .contains("<option value=\"" + year + "\">Năm " + year + "</option>")
                .contains("6 tháng đầu năm " + year)
                .contains("Ban Kinh tế - Ngân sách");

        var refused = clerk.submit(PAGE, PAGE, Map.of("period", year + "-06"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("là một tháng, không phải kỳ báo cáo");

        var written = clerk.submit(PAGE, PAGE, Map.of("period", Integer.toString(year)));
        assertThat(written.status()).isEqualTo(302);
        assertThat(WebSession.redirectPath(written)).isEqualTo(PAGE);
        var after = clerk.get(PAGE);
        assertThat(after.body())
                .contains("Đã lập báo cáo và đưa vào mục Văn bản dưới dạng dự thảo.")
                .contains("Kết quả thực hiện Kế hoạch chuyển đổi số năm " + year)
                .contains("dự thảo");
        Matcher docx = Pattern.compile("href=\"(" + PAGE + "/[0-9a-f-]{36}/report\\.docx)\"")
                .matcher(after.body());
        assertThat(docx.find()).isTrue();
        var file = clerk.get(docx.group(1));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).contains("wordprocessingml");
    }

    @Test
    void theClerkOpensARoundAndSeesWhoHasNotHandedIn() {
        WebSession clerk = signedIn("CLERK");
        int year = VnTime.today(clock).getYear();
        var page = clerk.get(PAGE);
        List<String> reporters = new ArrayList<>();
        Matcher boxes =
                Pattern.compile("name=\"reporters\" value=\"([0-9a-f-]{36})\"").matcher(page.body());
        while (boxes.find()) {
            reporters.add(boxes.group(1));
        }
        assertThat(reporters).hasSizeGreaterThanOrEqualTo(3);

        var missing = clerk.submit(PAGE, PAGE + "/rounds", Map.of("period", year + "-H1", "reporters", reporters));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Nhập hạn nộp báo cáo.");

        var opened = clerk.submit(
                PAGE,
                PAGE + "/rounds",
                Map.of("period", year + "-H1", "dueOn", year + "-07-10", "reporters", reporters.subList(0, 2)));
        assertThat(opened.status()).isEqualTo(302);
        String round = WebSession.redirectPath(opened);
        assertThat(round).startsWith(PAGE + "/rounds/");
        var shown = clerk.get(round);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .contains("Đợt báo cáo 6 tháng đầu năm " + year)
                .contains("Hạn nộp: 10/07/" + year)
                .contains("Đã nộp 0 / 2")
                .contains("Ban Kinh tế - Ngân sách");
        assertThat(forms(shown.body())).as("the office hands in for every body").isEqualTo(2);

        // the two reporters are the committees: their members may hand in, the People's Committee's officers not
        assertThat(forms(signedIn("COMMITTEE_MEMBER").get(round).body())).isEqualTo(2);
        var officer = signedIn("EXECUTIVE_OFFICER").get(round);
        assertThat(officer.status()).isEqualTo(200);
        assertThat(forms(officer.body())).isZero();
    }

    /** How many forms to hand in a report the page offers. */
    static long forms(String page) {
        return Pattern.compile("name=\"reporterId\"").matcher(page).results().count();
    }

    @Test
    void aDelegateDoesNotSeeThePage() {
        // a page of one's own workspace that one's roles do not open says so (issue 19)
        assertThat(signedIn("DELEGATE").get(PAGE).status()).isEqualTo(403);
    }
}
