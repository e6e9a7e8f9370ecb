package vn.hdndso.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.oversight.OversightFixture.PASSWORD;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * In Phường Thủy Nguyên, a petition issue transferred to unit A: its officer lists, reads and
 * answers it; the officer of unit B sees nothing of it and may not answer it; the issue raised as a
 * question shows where it came from on the public tracker.
 */
@IntegrationTest
class OfficerPetitionIssuesIntegrationTest {

    static final String SLUG = "thuy-nguyen";
    static final String API = "/api/v1/councils/" + SLUG;

    @Autowired
    TestClient client;

    @Test
    void aTransferredIssueIsItsUnitsOfficersOnlyAndCanBeRaisedAsAQuestion() {
        String word =
                "xom" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4) + "kq";
        String unitA = OversightFixture.unit(client, SLUG, "Phòng Tài nguyên A " + UUID.randomUUID());
        String unitB = OversightFixture.unit(client, SLUG, "Phòng Y tế B " + UUID.randomUUID());
        String clerk = OversightFixture.account(client, SLUG, "pi.clerk", "CLERK");
        String delegate = OversightFixture.account(client, SLUG, "pi.delegate", "DELEGATE");
        String officerA = OversightFixture.account(client, SLUG, "pi.officer.a", "EXECUTIVE_OFFICER", unitA, null);
        String officerB = OversightFixture.account(client, SLUG, "pi.officer.b", "EXECUTIVE_OFFICER", unitB, null);
        var sent = client.postJson(
                API + "/petitions",
                Map.of(
                        "content", "Đề nghị nạo vét kênh thoát nước ở " + word + " bị tắc nghẽn, mưa to là ngập đường.",
                        "submitterName", "Lê Văn Thử",
                        "contact", "0912000111",
                        "consent", true,
                        "channel", "WEB"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        var found = client.get(API + "/petition-issues?q=" + word, clerk, PASSWORD);
        assertThat(found.json().get("total").asLong()).isEqualTo(1);
        String issue = found.json().get("items").get(0).get("id").asString();
        var transferred = client.postJson(
                API + "/petition-issues/" + issue + "/transfer",
                Map.of("bodyKind", "EXECUTIVE_UNIT", "executiveUnitId", unitA),
                clerk,
                PASSWORD);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);

        assertThat(client.get(API + "/petition-issues?q=" + word, officerA, PASSWORD)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(client.get(API + "/petition-issues?q=" + word, officerB, PASSWORD)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(client.get(API + "/petition-issues/" + issue, officerB, PASSWORD)
                        .status())
                .isEqualTo(404);
        var refused = client.postJson(
                API + "/petition-issues/" + issue + "/answer",
                Map.of("answerClass", "RESOLVED", "answer", "Đơn vị B trả lời thay"),
                officerB,
                PASSWORD);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(client.get(API + "/petition-issues/" + issue, officerA, PASSWORD)
                        .status())
                .isEqualTo(200);

        var question = client.postJson(
                API + "/questions",
                Map.of(
                        "text",
                        "Vì sao kênh ở " + word + " chưa được nạo vét?",
                        "addressedTo",
                        unitA,
                        "petitionIssueId",
                        issue),
                delegate,
                PASSWORD);
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        assertThat(question.json().get("petitionIssueId").asString()).isEqualTo(issue);
        String page = client.get(
                        "/" + SLUG + "/chat-van/" + question.json().get("id").asString())
                .body();
        assertThat(page).contains("Nêu từ một kiến nghị của cử tri");

        var answered = client.postJson(
                API + "/petition-issues/" + issue + "/answer",
                Map.of("answerClass", "RESOLVED", "answer", "Đã nạo vét xong kênh"),
                officerA,
                PASSWORD);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }
}
