package vn.hdndso.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * In Phường Chu Văn An, a training session shows in the work calendar of the council's clerk and of
 * the term's delegates (invited to every session), linking to the session's page; a Front officer,
 * who is not invited, does not see it.
 */
@IntegrationTest
class TrainingWorkCalendarIntegrationTest {

    static final String SLUG = "chu-van-an";

    @Autowired
    TestClient client;

    @Test
    void aTrainingSessionIsInTheCalendarsOfTheOfficeAndTheDelegates() {
        TrainingFixture.ensureTerm(client, SLUG);
        String title = "Ký số trên điện thoại " + UUID.randomUUID().toString().substring(0, 6);
        String course = TrainingFixture.course(client, SLUG, title);
        LocalDateTime start = TrainingFixture.now().plusDays(3).withHour(8).withMinute(0);
        String session = TrainingFixture.session(client, SLUG, course, start, 2);
        String delegateId = TrainingFixture.delegate(client, SLUG, "Đại biểu Lịch " + UUID.randomUUID());
        String clerk = TrainingFixture.account(client, SLUG, "twc.clerk", "CLERK", null);
        String delegate = TrainingFixture.account(client, SLUG, "twc.delegate", "DELEGATE", delegateId);
        String front = TrainingFixture.account(client, SLUG, "twc.front", "FRONT_OFFICER", null);
        String list = "/app/councils/" + SLUG + "/calendar?view=list&date=" + start.toLocalDate();

        for (String user : new String[] {clerk, delegate}) {
            var page = Jsoup.parse(signedIn(user).get(list).body());
            assertThat(page.text()).as(user).contains(title);
            assertThat(page.select("a[href$=/training/sessions/" + session + "]"))
                    .as(user)
                    .isNotEmpty();
        }
        assertThat(Jsoup.parse(signedIn(front).get(list).body()).text()).doesNotContain(title);
    }

    private WebSession signedIn(String username) {
        var web = new WebSession(client);
        web.signIn(username, TrainingFixture.PASSWORD);
        return web;
    }
}
