package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * Tenant isolation holds in the database itself: a user of one council gets 404 for another's
 * resources, and a query that does not state a council sees no tenant rows at all.
 */
@IntegrationTest
class TenantIsolationIntegrationTest {

    private static final String PASSWORD = "Isolation-Test-Pass-1";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdministratorOfOneCouncilGetsNotFoundForAnotherCouncilsResources() {
        String admin = TestClient.uniqueUsername("lp.admin");
        client.createUser("lac-phuong", admin, PASSWORD, "Quản trị Lạc Phượng", "COUNCIL_ADMIN");

        var own = client.get("/api/v1/councils/lac-phuong/users", admin, PASSWORD);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json()
                        .get("items")
                        .valueStream()
                        .map(u -> u.get("username").asString()))
                .contains(admin);

        var other = client.get("/api/v1/councils/nhi-chieu/users", admin, PASSWORD);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(other.body()).doesNotContain("nhichieu.");

        var create = client.postJson(
                "/api/v1/councils/nhi-chieu/users",
                Map.of(
                        "username",
                        TestClient.uniqueUsername("x"),
                        "password",
                        PASSWORD,
                        "fullName",
                        "X",
                        "roles",
                        List.of("CLERK")),
                admin,
                PASSWORD);
        assertThat(create.status()).isEqualTo(404);
    }

    @Test
    void theStaffWorkspaceOfAnotherCouncilIsNotFound() {
        String clerk = TestClient.uniqueUsername("lp.clerk");
        client.createUser("lac-phuong", clerk, PASSWORD, "Văn thư Lạc Phượng", "CLERK");
        var session = new vn.hdndso.support.WebSession(client);
        session.signIn(clerk, PASSWORD);

        var own = session.get("/app/councils/lac-phuong/delegates");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Xã Lạc Phượng");

        for (String path : List.of(
                "/app/councils/nhi-chieu",
                "/app/councils/nhi-chieu/delegates",
                "/app/councils/nhi-chieu/users",
                "/app/councils/nhi-chieu/audit")) {
            var other = session.get(path);
            assertThat(other.status()).as(path).isEqualTo(404);
            assertThat(other.body()).as(path).contains("Không tìm thấy trang").doesNotContain("Phường Nhị Chiểu");
        }
    }

    @Test
    void aRawQueryWithoutACouncilSettingSeesNoTenantRows() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : List.of(
                    "term",
                    "council_body",
                    "delegate",
                    "membership",
                    "executive_unit",
                    "app_user",
                    "audit_entry",
                    "delegate_contact",
                    "plan",
                    "plan_version")) {
                try (var rs = statement.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    assertThat(rs.getLong(1))
                            .as("rows of %s visible without a council", table)
                            .isZero();
                }
            }
            try (var rs = statement.executeQuery("select count(*) from council")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the council registry is public").isEqualTo(115);
            }
        }
    }

    @Test
    void everyTableWithACouncilColumnHasForcedRowLevelSecurityAndPolicies() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                               (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
                          from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                         where c.relkind = 'r'
                           and exists (select 1 from pg_attribute a
                                        where a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped)
                         order by c.relname""")) {
            var unprotected = new java.util.ArrayList<String>();
            int tables = 0;
            while (rs.next()) {
                tables++;
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || rs.getInt(4) == 0) {
                    unprotected.add(rs.getString(1));
                }
            }
            assertThat(tables).as("tenant tables").isGreaterThanOrEqualTo(38);
            assertThat(unprotected)
                    .as("tenant tables without forced row-level security and a policy")
                    .isEmpty();
        }
    }

    @Test
    void aTransactionScopedToOneCouncilSeesOnlyThatCouncilsRows() {
        Council lacPhuong = councils.requireBySlug("lac-phuong");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> councilsSeen = Tenancy.call(
                TenantScope.publicOf(lacPhuong.id()),
                () -> transactions.execute(s -> jdbc.sql("select distinct council_id::text from delegate")
                        .query(String.class)
                        .list()));
        assertThat(councilsSeen).containsExactly(lacPhuong.id().toString());

        Long contacts = Tenancy.call(
                TenantScope.publicOf(lacPhuong.id()),
                () -> transactions.execute(s -> jdbc.sql("select count(*) from delegate_contact")
                        .query(Long.class)
                        .single()));
        assertThat(contacts).as("contact details are not public").isZero();

        Long staffContacts = Tenancy.call(
                TenantScope.staffOf(lacPhuong.id()),
                () -> transactions.execute(s -> jdbc.sql("select count(*) from delegate_contact")
                        .query(Long.class)
                        .single()));
        assertThat(staffContacts)
                .as("the council's own staff see its demo contacts")
                .isPositive();
    }

    @Test
    void theSettingDoesNotLeakIntoTheNextTransactionOnAPooledConnection() {
        Council lacPhuong = councils.requireBySlug("lac-phuong");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (int i = 0; i < 20; i++) {
            Tenancy.call(
                    TenantScope.staffOf(lacPhuong.id()),
                    () -> transactions.execute(s -> jdbc.sql("select count(*) from delegate")
                            .query(Long.class)
                            .single()));
            Long unscoped = transactions.execute(s ->
                    jdbc.sql("select count(*) from delegate").query(Long.class).single());
            assertThat(unscoped).isZero();
        }
    }

    @Test
    void writesOutsideTheCouncilInScopeAreRejectedByTheDatabase() {
        Council lacPhuong = councils.requireBySlug("lac-phuong");
        Council nhiChieu = councils.requireBySlug("nhi-chieu");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> Tenancy.run(
                TenantScope.staffOf(lacPhuong.id()),
                () -> transactions.executeWithoutResult(s -> jdbc.sql(
                                "insert into executive_unit (id, council_id, name, kind) values (gen_random_uuid(), :c, 'X', 'OTHER')")
                        .param("c", nhiChieu.id().value())
                        .update())));
        assertThat(failure).rootCause().hasMessageContaining("row-level security");
        Throwable publicFailure = org.assertj.core.api.Assertions.catchThrowable(() -> Tenancy.run(
                TenantScope.publicOf(lacPhuong.id()),
                () -> transactions.executeWithoutResult(s -> jdbc.sql(
                                "insert into executive_unit (id, council_id, name, kind) values (gen_random_uuid(), :c, 'X', 'OTHER')")
                        .param("c", lacPhuong.id().value())
                        .update())));
        assertThat(publicFailure)
                .as("the public cannot write staff data")
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorExemptFromRowLevelSecurity() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var role = jdbc.sql("select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .single();
        assertThat(role).containsExactly("hdnd_app", false, false);
    }
}
