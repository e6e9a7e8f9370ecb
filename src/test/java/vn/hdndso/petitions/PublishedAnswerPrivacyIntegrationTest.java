package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * A published issue's raw answer (as the competent body wrote it, naming the voter and their phone) and
 * the clerk who recorded it cannot be read in the public scope, even with SQL; the public reads the view
 * {@code petition_issue_public} with the de-identified answer, and the public pages still show it.
 */
@IntegrationTest
class PublishedAnswerPrivacyIntegrationTest {

    @Autowired
    Councils councils;

    @Autowired
    Petitions petitions;

    @Autowired
    PetitionIssues issues;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClient client;

    @Test
    void thePublicScopeCannotReadTheRawAnswerButThePublicPagesShowTheScrubbedOne() {
        Council council = councils.requireBySlug("luu-kiem");
        String word = "Khe" + Long.toString(System.nanoTime(), 36).substring(4);
        var receipt = Tenancy.call(
                TenantScope.publicOf(council.id()),
                () -> petitions.submit(
                        council.id(),
                        NewPetition.fromPublicForm(
                                "Đề nghị sửa cống thoát nước ở xóm " + word + " bị tắc nhiều tháng nay.",
                                new NewPetition.Submitter("Hoàng Thị Quyên", "0987 654 321", null, null),
                                true,
                                NewPetition.Location.NONE,
                                null,
                                null,
                                null)));
        UUID issue = receipt.issueId();
        Tenancy.run(TenantScope.staffOf(council.id()), () -> {
            issues.transfer(council.id(), issue, CompetentBodyKind.AGENCY, null, "Ban quản lý dự án " + word, null);
            issues.answer(
                    council.id(),
                    issue,
                    AnswerClass.RESOLVED,
                    "Đã làm việc với bà Hoàng Thị Quyên (0987 654 321); cống xóm " + word + " đã được nạo vét.",
                    null);
            issues.publish(council.id(), issue);
        });
        JdbcClient jdbc = JdbcClient.create(dataSource);

        List<String> rawAsPublic = Tenancy.call(
                TenantScope.publicOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql(
                                "select coalesce(answer_text, '') || '|' || coalesce(answered_by, '') from petition_issue where id = :id")
                        .param("id", issue)
                        .query(String.class)
                        .list()));
        assertThat(rawAsPublic).as("the table is staff-only").isEmpty();

        List<String> viewAsPublic = Tenancy.call(
                TenantScope.publicOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql(
                                "select answer_text || '|' || answered_by || '|' || published_text from petition_issue_public where id = :id")
                        .param("id", issue)
                        .query(String.class)
                        .list()));
        assertThat(viewAsPublic).hasSize(1);
        assertThat(viewAsPublic.getFirst()).contains("đã được nạo vét", "||").doesNotContain("Quyên", "654", "0987");

        List<String> staff = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql("select answer_text from petition_issue where id = :id")
                        .param("id", issue)
                        .query(String.class)
                        .list()));
        assertThat(staff).singleElement().asString().contains("Hoàng Thị Quyên", "0987 654 321");

        List<String> otherCouncil = Tenancy.call(
                TenantScope.publicOf(councils.requireBySlug("viet-khe").id()),
                () -> transactions.execute(s -> jdbc.sql("select title from petition_issue_public where id = :id")
                        .param("id", issue)
                        .query(String.class)
                        .list()));
        assertThat(otherCouncil).as("another council's public scope").isEmpty();

        // the public pages read the view: the scrubbed answer, listed and on its own page
        PetitionIssue seenByPublic =
                Tenancy.call(TenantScope.publicOf(council.id()), () -> issues.requirePublished(council.id(), issue));
        assertThat(seenByPublic.answerText()).doesNotContain("Quyên", "654");
        assertThat(seenByPublic.answeredBy()).isEmpty();
        var page = client.get("/luu-kiem/kien-nghi/tra-loi/" + issue);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("đã được nạo vét").doesNotContain("Quyên", "654 321");
        var list = client.get("/luu-kiem/kien-nghi/tra-loi");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(issue.toString());
        // the staff still read the whole answer
        PetitionIssue seenByStaff =
                Tenancy.call(TenantScope.staffOf(council.id()), () -> issues.require(council.id(), issue));
        assertThat(seenByStaff.answerText()).contains("Hoàng Thị Quyên");
    }
}
