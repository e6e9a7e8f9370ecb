package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/**
 * The staff register counts its documents only up to {@link RegisterPage#COUNT_LIMIT} ("Hơn 1.000
 * văn bản") and still pages through all of them: every document once, the last page exact; its
 * years come from the index, the same as reading every document. 1,030 drafts in nghi-duong, made
 * here and removed afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPagesIntegrationTest {

    private static final int DRAFTS = 1030;

    @Autowired
    Councils councils;

    @Autowired
    OutgoingDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClient client;

    private final String marker = "sổ" + Long.toString(System.nanoTime(), 36);
    private Council council;

    @BeforeAll
    void drafts() {
        council = councils.requireBySlug("nghi-duong");
        // one a day from 2019-01-01 (03:00 in Vietnam, so the local year is the UTC year), each later than the one
        // before
        OffsetDateTime first = OffsetDateTime.of(2019, 1, 1, 3, 0, 0, 0, ZoneOffset.ofHours(7));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            rows.add(new Object[] {
                UUID.randomUUID(), council.id().value(), "Tờ trình " + marker + " số " + i, first.plusDays(i)
            });
        }
        inCouncil(() -> jdbc.batchUpdate("""
                insert into outgoing_document (id, council_id, type_code, issuer_symbol, subject, signer_name,
                  signer_position, status, original_sha256, original_name, original_size, page_count, created_by,
                  created_at, updated_at)
                values (?, ?, 'KH', 'HĐND', ?, 'Người ký', 'Chủ tịch', 'DRAFT', repeat('a', 64), 'to-trinh.pdf',
                  1000, 1, 'register-pages-test', ?, now())""", rows));
    }

    @AfterAll
    void removeDrafts() {
        inCouncil(() -> jdbc.update(
                "delete from outgoing_document where council_id = ? and created_by = 'register-pages-test'",
                council.id().value()));
    }

    @Test
    void theTotalStopsAtTheLimitAndThePagesStillReachEveryDocument() {
        DocumentQuery ours = new DocumentQuery(null, null, null, marker);

        RegisterPage first = page(ours, 0);
        assertThat(first.items()).hasSize(50);
        assertThat(first.total()).isEqualTo(RegisterPage.COUNT_LIMIT);
        assertThat(first.more()).isTrue();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        // the newest first
        assertThat(first.items().get(0).subject()).endsWith("số " + (DRAFTS - 1));

        // the page that ends at the limit still knows there is more; the next, the last, counts exactly
        RegisterPage atLimit = page(ours, 19);
        assertThat(atLimit.items()).hasSize(50);
        assertThat(atLimit.more()).isTrue();
        assertThat(atLimit.hasNext()).isTrue();
        RegisterPage last = page(ours, 20);
        assertThat(last.items()).hasSize(DRAFTS - 1000);
        assertThat(last.total()).isEqualTo(DRAFTS);
        assertThat(last.more()).isFalse();
        assertThat(last.hasNext()).isFalse();
        assertThat(page(ours, 21).items()).isEmpty();

        // following "next" from the first page reaches every document once
        Set<DocumentId> seen = new HashSet<>();
        int pages = 0;
        for (RegisterPage p = first; ; p = page(ours, p.page() + 1)) {
            pages++;
            p.items().forEach(d -> assertThat(seen.add(d.id())).isTrue());
            if (!p.hasNext()) {
                break;
            }
        }
        assertThat(seen).hasSize(DRAFTS);
        assertThat(pages).isEqualTo(21);

        // under the limit, the total is exact
        RegisterPage of2019 = page(new DocumentQuery(null, null, 2019, marker), 0);
        assertThat(of2019.total()).isEqualTo(365);
        assertThat(of2019.more()).isFalse();
        assertThat(Tenancy.call(
                                TenantScope.staffOf(council.id()),
                                () -> documents.list(council.id(), ours, new Page.Request(0, 50)))
                        .total())
                .as("the API's list still counts exactly")
                .isEqualTo(DRAFTS);
    }

    @Test
    void theYearsAreThoseOfEveryDocument() {
        List<Integer> years = Tenancy.call(TenantScope.staffOf(council.id()), () -> documents.years(council.id()));
        List<Integer> everyDocument = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> transactions.execute(s -> jdbc.queryForList(
                        "select distinct coalesce(number_year, extract(year from (created_at at time zone '"
                                + VnTime.ZONE_ID + "'))::int) as y from outgoing_document where council_id = ?"
                                + " order by y desc",
                        Integer.class,
                        council.id().value())));
        assertThat(years).isEqualTo(everyDocument).contains(2021, 2020, 2019);
    }

    @Test
    void thePageSaysMoreThanTheLimitAndLinksTheNextPage() {
        String clerk = TestClient.uniqueUsername("so-van-ban");
        client.createUser("nghi-duong", clerk, "Mat-khau-so-1!", "Thư ký Sổ", "CLERK");

        var web = new WebSession(client);
        web.signIn(clerk, "Mat-khau-so-1!");
        var firstPage = web.get("/app/councils/nghi-duong/documents?q=" + marker);
        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.body())
                .contains("Hơn 1.000 văn bản")
                .contains("page=1")
                .doesNotContain("rel=\"prev\"");

        var lastPage = web.get("/app/councils/nghi-duong/documents?q=" + marker + "&page=20");
        assertThat(lastPage.body())
                .contains("1.030 văn bản")
                .contains("Trang 21")
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    private RegisterPage page(DocumentQuery query, int page) {
        return Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> documents.registerPage(council.id(), query, new Page.Request(page, 50)));
    }

    private void inCouncil(Runnable work) {
        Tenancy.run(TenantScope.staffOf(council.id()), () -> transactions.executeWithoutResult(s -> work.run()));
    }
}
