package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/** A voter-contact meeting's minutes cannot be read in the public scope, even with SQL; the public view has the rest. */
@IntegrationTest
class MeetingMinutesPrivacyIntegrationTest {

    @Autowired
    Councils councils;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void thePublicScopeReadsMeetingsOnlyThroughTheViewWithoutMinutes() {
        Council council = councils.requireBySlug("ha-tay");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String secret = "Biên bản: ông Phạm Văn Bình 0912 345 678 phản ánh " + System.nanoTime();
        java.util.UUID id = java.util.UUID.randomUUID();
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> transactions.executeWithoutResult(s -> jdbc.sql("""
                                insert into petition_meeting (id, council_id, title, format, held_on, timing, minutes, created_by)
                                values (:id, :council, 'Tiếp xúc cử tri thôn Đông', 'IN_PERSON', current_date, 'BEFORE', :minutes, 'test')""")
                        .param("id", id)
                        .param("council", council.id().value())
                        .param("minutes", secret)
                        .update()));

        List<String> minutesSeenByPublic = Tenancy.call(
                TenantScope.publicOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql("select minutes from petition_meeting where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list()));
        assertThat(minutesSeenByPublic).as("the base table is staff-only").isEmpty();

        List<String> viaView = Tenancy.call(
                TenantScope.publicOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql(
                                "select title || '|' || minutes || '|' || delegates from petition_meeting_public where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list()));
        assertThat(viaView).containsExactly("Tiếp xúc cử tri thôn Đông||");

        List<String> otherCouncil = Tenancy.call(
                TenantScope.publicOf(councils.requireBySlug("tu-minh").id()),
                () -> transactions.execute(s -> jdbc.sql("select title from petition_meeting_public where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list()));
        assertThat(otherCouncil).as("another council's public scope").isEmpty();

        List<String> staff = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> transactions.execute(s -> jdbc.sql("select minutes from petition_meeting where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list()));
        assertThat(staff).containsExactly(secret);
    }
}
