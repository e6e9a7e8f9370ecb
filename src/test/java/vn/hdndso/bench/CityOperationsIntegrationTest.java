package vn.hdndso.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * A tiny city (tan-ky and truong-tan, one year, 2 % of the full size) generated into the test
 * database the way the city-scale generator fills its own: the rows obey the modules' rules.
 */
@IntegrationTest
class CityOperationsIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    @Autowired
    Clock clock;

    @Test
    void aTinyCityObeysTheRules() throws Exception {
        int year = VnTime.today(clock).getYear() - 1;
        var operations = new CityOperations(jdbc, CityDistributions.load(Path.of("")), VnTime.today(clock), 0.02);
        Council tanKy = councils.requireBySlug("tan-ky");
        Council truongTan = councils.requireBySlug("truong-tan");
        Map<String, Integer> rows = inStaff(tanKy.id(), () -> operations.write(tanKy.id(), 1001, 1.0, year));
        inStaff(truongTan.id(), () -> operations.write(truongTan.id(), 1002, 1.0, year));

        assertThat(rows).containsKeys("outgoing_document", "outgoing_register", "petition", "ballot", "recording");
        assertThat(rows.get("outgoing_document"))
                .isEqualTo(rows.get("outgoing_register"))
                .isGreaterThan(30);
        // resumable: the year is known as written
        assertThat(inStaff(tanKy.id(), () -> operations.written(tanKy.id(), year)))
                .isTrue();

        for (Council council : new Council[] {tanKy, truongTan}) {
            UUID id = council.id().value();
            inStaff(council.id(), () -> {
                // numbers: 1..n without gaps or duplicates, the series and the register agree
                Map<String, Object> numbers = jdbc.queryForMap(
                        "select count(*) as n, count(distinct number) as d, min(number) as lo, max(number) as hi"
                                + " from outgoing_document where council_id = ? and number_year = ? and created_by = ?",
                        id,
                        year,
                        CityOperations.BY);
                assertThat(numbers.get("d")).isEqualTo(numbers.get("n"));
                assertThat(((Number) numbers.get("hi")).longValue() - ((Number) numbers.get("lo")).longValue() + 1)
                        .isEqualTo(((Number) numbers.get("n")).longValue());
                assertThat(jdbc.queryForObject(
                                "select last_number from document_series where council_id = ? and issuer_symbol = 'HĐND'"
                                        + " and year = ? and series = 'REGULAR'",
                                Integer.class,
                                id,
                                year))
                        .isEqualTo(((Number) numbers.get("hi")).intValue());
                assertThat(jdbc.queryForObject(
                                "select count(*) from outgoing_document d join outgoing_register r on r.document_id = d.id"
                                        + " and r.number = d.number and r.number_symbol = d.number_symbol"
                                        + " where d.council_id = ? and d.created_by = ?",
                                Long.class,
                                id,
                                CityOperations.BY))
                        .isEqualTo(((Number) numbers.get("n")).longValue());
                // an issue counts its petitions
                assertThat(jdbc.queryForObject(
                                "select count(*) from petition_issue i where i.council_id = ? and i.petition_count <>"
                                        + " (select count(*) from petition p where p.issue_id = i.id)"
                                        + " and i.title like '[Tổng hợp]%'",
                                Long.class, id))
                        .isZero();
                // a closed vote's tally is its ballots, and passes with more than half of all delegates
                assertThat(jdbc.queryForObject(
                                "select count(*) from agenda_item i join council_session s on s.id = i.session_id"
                                        + " where i.council_id = ? and s.created_by = ? and i.vote_state = 'CLOSED' and"
                                        + " (i.yes_count + i.no_count + i.abstain_count <> (select count(*) from ballot b"
                                        + " where b.item_id = i.id) or i.passed <> (2 * i.yes_count > i.entitled_count))",
                                Long.class,
                                id,
                                CityOperations.BY))
                        .isZero();
                assertThat(jdbc.queryForObject("select count(*) from ballot where council_id = ?", Long.class, id))
                        .isPositive();
                // row-level security: the staff scope of one council sees none of the other's rows
                assertThat(jdbc.queryForObject("select count(*) from petition where council_id <> ?", Long.class, id))
                        .isZero();
                return null;
            });
        }
        // row-level security: a row of truong-tan cannot be written in tan-ky's scope
        assertThatThrownBy(() -> inStaff(
                        tanKy.id(),
                        () -> jdbc.update(
                                "insert into petition_meeting (id, council_id, title, format, held_on, timing, created_by)"
                                        + " values (?, ?, 'x', 'IN_PERSON', current_date, 'BEFORE', 'bench-city')",
                                UUID.randomUUID(),
                                truongTan.id().value())))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    private <T> T inStaff(CouncilId council, Supplier<T> work) {
        return Tenancy.call(TenantScope.staffOf(council), () -> transactions.execute(s -> work.get()));
    }
}
