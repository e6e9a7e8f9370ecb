package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 14, item 10: while a vote is open nobody (the public, the chair, the clerk, the delegates)
 * sees who voted what, only the counts, in the API, the pages and the projector; a delegate sees
 * their own choice; names appear once the vote is closed. Works in Trần Hưng Đạo.
 */
@IntegrationTest
class CountsOnlyWhileOpenIntegrationTest {

    @Autowired
    TestClient client;

    @Test
    void namesAppearOnlyAfterClosing() {
        SessionFixture council = SessionFixture.withDelegates(client, SessionTestCouncils.SECRET, 2);
        String session = council.sessionInProgress("Kỳ họp thử phiếu kín khi đang mở");
        String item = council.motion(session, "Tờ trình thử chỉ hiện số phiếu", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);
        String first = council.delegates.get(0);
        String second = council.delegates.get(1);
        assertThat(council.vote(session, item, first, "YES").status()).isEqualTo(200);
        assertThat(council.vote(session, item, second, "NO").status()).isEqualTo(200);
        String named = council.item(session) + "/" + item + "/votes";
        String page = "/" + council.slug + "/ky-hop/" + session;

        assertThat(client.get(named).json()).isEmpty();
        assertThat(client.get(named, council.chair, SessionFixture.PASSWORD).json())
                .isEmpty();
        assertThat(client.get(named, council.clerk, SessionFixture.PASSWORD).json())
                .isEmpty();
        assertThat(client.get(named, second, SessionFixture.PASSWORD).json()).isEmpty();
        assertThat(client.get(named, TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                        .json())
                .isEmpty();
        var counts = council.tally(session, item).json();
        assertThat(counts.get("yes").asInt()).isEqualTo(1);
        assertThat(counts.get("no").asInt()).isEqualTo(1);
        assertThat(client.get(page).body()).doesNotContain("Người thử ss.delegate");
        assertThat(client.get(page + "/trinh-chieu").body()).doesNotContain("Người thử ss.delegate");
        assertThat(client.get(page + "/popolo.json").body()).doesNotContain("voter_id");

        // one's own choice, and nobody else's
        var mine = client.get(named + "/mine", first, SessionFixture.PASSWORD);
        assertThat(mine.json().get("choice").asString()).isEqualTo("YES");
        assertThat(client.get(named + "/mine", second, SessionFixture.PASSWORD)
                        .json()
                        .get("choice")
                        .asString())
                .isEqualTo("NO");
        assertThat(client.get(named + "/mine").status()).isEqualTo(401);
        assertThat(client.get(named + "/mine", council.clerk, SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(403);

        council.close(session, item);
        var after = client.get(named).json();
        assertThat(after).hasSize(2);
        assertThat(after.toString()).contains("YES", "NO", "Người thử ss.delegate");
        assertThat(client.get(page).body()).contains("Người thử ss.delegate");
        assertThat(client.get(page + "/popolo.json").body()).contains("voter_id", "\"option\":\"no\"");
    }

    @Test
    void aBallotBodyIsTheSameWhateverTheCaller() {
        SessionFixture council = SessionFixture.withDelegates(client, SessionTestCouncils.SECRET, 1);
        String session = council.sessionInProgress("Kỳ họp thử phiếu của mình");
        String item = council.motion(session, "Tờ trình thử", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);
        var cast = council.client.postJson(
                council.item(session) + "/" + item + "/votes",
                Map.of("choice", "ABSTAIN"),
                council.delegates.getFirst(),
                SessionFixture.PASSWORD);
        assertThat(cast.body()).doesNotContain("Người thử");
    }
}
