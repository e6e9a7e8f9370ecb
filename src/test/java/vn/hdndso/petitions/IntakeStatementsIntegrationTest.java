package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * What one public submission costs the database, counted on the submitting thread (issue 18 §3):
 * the statements it sends and the transactions it opens, for a petition that opens an issue and
 * for one grouped with it. The bounds are today's figures: a change that adds a round trip to the
 * intake fails here and has to say why. The behaviour is checked with the counts: both petitions
 * are stored with their tracking codes, the second joins the first one's issue (two petitions),
 * and each has its audit entry.
 */
@IntegrationTest
class IntakeStatementsIntegrationTest {

    /**
     * The rate limit (autocommit), then the transaction: its tenant scope, the issue, the petition
     * (its tracking code drawn in the same statement), the audit journal line, the search change,
     * the commit. The index shortlisted nothing, so no issue was read. Was 9 (a look-up of the code,
     * a recount of the issue's petitions). Plus, since the page cache is emptied on every instance,
     * the notice that the council's indicator pages changed ({@code pg_notify('page_cache', …)},
     * delivered at commit; every council event sends it): 8.
     */
    static final int NEW_ISSUE_STATEMENTS = 8;

    /**
     * The rate limit, then: scope, the shortlisted issues verified, the petition, the issue's voter
     * count, the audit line, the search change, the commit (8; was 9), and the indicator pages'
     * notice to the other instances: 9.
     */
    static final int GROUPED_STATEMENTS = 9;

    private static final String SLUG = "tan-an";

    @Autowired
    Petitions petitions;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSubmissionSendsAFewStatementsInOneTransaction() throws Exception {
        CouncilId council = councils.requireBySlug(SLUG).id();
        String marker = "đếm-" + Long.toString(System.nanoTime(), 36);
        // the council's classifier model and duplicate index are built on its first submission
        petitions.submit(council, submission("Đề nghị nạo vét kênh tưới tiêu cánh đồng Bãi Giữa " + marker));

        String text = "Đề nghị sửa chữa cống thoát nước ngõ 12 đường Trần Phú bị vỡ gây ngập úng " + marker;
        var first = JdbcStatements.of(() -> petitions.submit(council, submission(text)));
        var second = JdbcStatements.of(() -> petitions.submit(council, submission(text + " nhiều ngày")));

        System.out.printf("[intake] statements: new issue %s, grouped %s%n", first.count(), second.count());
        Petitions.Receipt opened = java.util.Objects.requireNonNull(first.result());
        Petitions.Receipt grouped = java.util.Objects.requireNonNull(second.result());
        assertThat(opened.grouped()).isFalse();
        assertThat(grouped.grouped()).as("the second asks for the same").isTrue();
        assertThat(grouped.issueId()).isEqualTo(opened.issueId());

        assertThat(first.count().transactions())
                .as("transactions of a new issue")
                .isEqualTo(1);
        assertThat(second.count().transactions())
                .as("transactions of a grouped petition")
                .isEqualTo(1);
        assertThat(first.count().statements())
                .as("statements of a new issue")
                .isLessThanOrEqualTo(NEW_ISSUE_STATEMENTS);
        assertThat(second.count().statements())
                .as("statements of a grouped petition")
                .isLessThanOrEqualTo(GROUPED_STATEMENTS);

        List<String> codes = Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(
                        s -> jdbc.sql("select tracking_code from petition where issue_id = :issue order by received_at")
                                .param("issue", opened.issueId())
                                .query(String.class)
                                .list()));
        assertThat(codes).containsExactly(opened.trackingCode(), grouped.trackingCode());
        Integer counted = Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(s -> jdbc.sql("select petition_count from petition_issue where id = :issue")
                        .param("issue", opened.issueId())
                        .query(Integer.class)
                        .single()));
        assertThat(counted).as("the issue's petition count").isEqualTo(2);
        for (UUID petition : List.of(opened.petitionId(), grouped.petitionId())) {
            assertThat(Tenancy.call(
                            TenantScope.staffOf(council), () -> audit.about(council, "petition", petition.toString())))
                    .extracting(AuditTrail.Entry::action)
                    .containsExactly("petitions.petition.received");
        }
        System.out.printf("[intake] statements: new issue %s, grouped %s%n", first.count(), second.count());
    }

    private static NewPetition submission(String content) {
        return NewPetition.fromApi(
                PetitionChannel.WEB,
                content,
                new NewPetition.Submitter(null, null, null, null),
                true,
                new NewPetition.Location(null, null),
                "192.0.2." + (1 + (int) (System.nanoTime() % 200)),
                null);
    }
}
