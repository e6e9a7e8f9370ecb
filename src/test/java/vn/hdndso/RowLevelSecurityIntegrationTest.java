package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * Row-level security of every table with a {@code council_id}, read from the database catalogue:
 * enabled and forced; every policy that lets rows be read has a USING condition, every policy that
 * lets rows be written has a WITH CHECK (and a USING where it updates or deletes), none is a bare
 * {@code true}. What the public scope (an anonymous visitor) may select is a reviewed list: the
 * tables a public policy opens and their columns ({@code src/test/resources/authz/public-columns.tsv});
 * a new column in a public table, or a newly public table, fails until reviewed, and no public
 * table may have a column named like a secret or a personal detail. Every other tenant table gives
 * the public scope no row at all, even in Lạc Phượng whose demo fills them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityIntegrationTest {

    static final Path PUBLIC_COLUMNS = Path.of("src/test/resources/authz/public-columns.tsv");

    /** Column names that must never be readable by the public: secrets and personal details. */
    static final Pattern PRIVATE_NAMES = Pattern.compile(
            "(password|secret|totp|api_key|key_hash|token|phone|email|e_mail|address_line|birth|national_id|"
                    + "citizen_id|cccd|ip_address|remote_addr|note|notes|internal|private|contact)");

    /** Public columns reviewed as not private despite their name (e.g. a document's public internal number). */
    static final Set<String> REVIEWED_NAMES =
            Set.of("delegate.birth_year", "executive_unit.email", "executive_unit.phone");

    /**
     * Private-looking columns the public scope can still select at the database level, though the
     * application leaves them out of every public answer: open findings (docs/reliability.md), to
     * move behind a view that selects only the public columns. The test fails when one is fixed, so
     * this list shrinks with the fix.
     */
    static final Set<String> KNOWN_GAPS = Set.of();

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Councils councils;

    JdbcClient jdbc;

    /**
     * Per tenant table: its policies as (command, USING, WITH CHECK, permissive, applies to the
     * application's role). A policy for another role only (the owner of a view that selects a
     * table's public columns, V43 and V132) opens nothing to the application.
     */
    final Map<String, List<String[]>> policies = new TreeMap<>();

    @BeforeAll
    void readTheCatalogue() {
        jdbc = JdbcClient.create(dataSource);
        for (String table : tenantTables()) {
            policies.put(table, new ArrayList<>());
        }
        jdbc.sql("""
                        select c.relname, p.polcmd::text, pg_get_expr(p.polqual, p.polrelid),
                               pg_get_expr(p.polwithcheck, p.polrelid), p.polpermissive,
                               exists (select 1 from unnest(p.polroles) r
                                        where r = 0 or pg_has_role(current_user, r, 'member'))
                          from pg_policy p join pg_class c on c.oid = p.polrelid
                          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'""").query(rs -> {
            var list = policies.get(rs.getString(1));
            if (list != null) {
                list.add(new String[] {
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    Boolean.toString(rs.getBoolean(5)),
                    Boolean.toString(rs.getBoolean(6))
                });
            }
        });
    }

    List<String> tenantTables() {
        return jdbc.sql("""
                        select c.relname from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                         where c.relkind in ('r', 'p')
                           and exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                        and a.attname = 'council_id' and not a.attisdropped)
                         order by c.relname""").query(String.class).list();
    }

    @Test
    void everyTenantTableForcesRowLevelSecurityWithUsingAndWithCheck() {
        List<String> problems = new ArrayList<>();
        var flags = jdbc.sql("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2) && rs.getBoolean(3)))
                .list();
        Map<String, Boolean> forced = new TreeMap<>();
        flags.forEach(entry -> forced.put(entry.getKey(), entry.getValue()));
        policies.forEach((table, list) -> {
            if (!forced.getOrDefault(table, false)) {
                problems.add(table + ": row-level security not enabled and forced");
            }
            boolean reads = false;
            boolean writes = false;
            for (String[] policy : list) {
                String command = policy[0];
                String using = policy[1];
                String check = policy[2];
                if (!Boolean.parseBoolean(policy[3])) {
                    continue;
                }
                if ("true".equals(using) || "true".equals(check)) {
                    problems.add(table + ": a policy that lets every row through");
                }
                if (command.equals("r") || command.equals("*")) {
                    reads = true;
                    if (using == null) {
                        problems.add(table + ": a reading policy without USING");
                    }
                }
                if (command.equals("*") || command.equals("a") || command.equals("w")) {
                    writes = true;
                    if (check == null && (command.equals("a") || using == null)) {
                        problems.add(table + ": a writing policy without WITH CHECK (command " + command + ")");
                    }
                }
                if ((command.equals("w") || command.equals("d")) && using == null) {
                    problems.add(table + ": an updating or deleting policy without USING");
                }
            }
            if (!reads) {
                problems.add(table + ": no policy to read rows (the application could read none)");
            }
            if (!writes) {
                problems.add(table + ": no policy with WITH CHECK for writing");
            }
        });
        assertThat(policies).as("tenant tables").hasSizeGreaterThanOrEqualTo(38);
        assertThat(problems).isEmpty();
    }

    /** Tables a policy opens to the public scope: a reading policy that asks neither for staff nor for the installation. */
    Set<String> publicTables() {
        Set<String> open = new TreeSet<>();
        policies.forEach((table, list) -> {
            for (String[] policy : list) {
                boolean reads = (policy[0].equals("r") || policy[0].equals("*")) && Boolean.parseBoolean(policy[4]);
                String using = policy[1] == null ? "" : policy[1];
                boolean staffOnly = using.contains("app_can_read_private")
                        || using.contains("app_can_write")
                        || using.contains("app_staff")
                        || using.equals("app_all_councils()");
                staffOnly =
                        staffOnly && !using.toLowerCase(java.util.Locale.ROOT).contains(" or ");
                if (reads && !staffOnly) {
                    open.add(table);
                }
            }
        });
        return open;
    }

    @Test
    void thePublicScopeSelectsOnlyReviewedColumnsAndNoSecrets() throws IOException {
        Set<String> actual = new TreeSet<>();
        List<String> privateLooking = new ArrayList<>();
        for (String table : publicTables()) {
            for (String column :
                    jdbc.sql("""
                            select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid
                             where c.relname = :t and a.attnum > 0 and not a.attisdropped order by a.attnum""").param("t", table).query(String.class).list()) {
                actual.add(table + "\t" + column);
                if (PRIVATE_NAMES.matcher(column).find() && !REVIEWED_NAMES.contains(table + "." + column)) {
                    privateLooking.add(table + "." + column);
                }
            }
        }
        if (Boolean.getBoolean("authz.catalogue.write")) {
            List<String> text = new ArrayList<>();
            text.add("# Columns of tenant tables the public scope may select. Baseline generated from the schema on"
                    + " 2026-12-07, not reviewed line by line: who-did-it columns (*_by, *_name) of public rows are"
                    + " readable at the database level though no public answer shows them (docs/reliability.md);"
                    + " every line added later is reviewed");
            text.add("# table\tcolumn");
            text.addAll(actual);
            Files.createDirectories(PUBLIC_COLUMNS.getParent());
            Files.write(PUBLIC_COLUMNS, text, StandardCharsets.UTF_8);
        }
        Set<String> reviewed = new TreeSet<>();
        for (String line : Files.readAllLines(PUBLIC_COLUMNS, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                reviewed.add(line);
            }
        }
        Set<String> unreviewed = new TreeSet<>(actual);
        unreviewed.removeAll(reviewed);
        assertThat(unreviewed)
                .as("columns the public may now select that nobody reviewed (%s)", PUBLIC_COLUMNS)
                .isEmpty();
        assertThat(privateLooking)
                .as("public columns named like a secret or personal detail (beyond the known gaps)")
                .containsExactlyInAnyOrderElementsOf(KNOWN_GAPS);
    }

    @Test
    void thePublicScopeReadsNoRowOfAPrivateTable() {
        var lacPhuong = councils.requireBySlug("lac-phuong");
        Set<String> open = publicTables();
        Map<String, Long> seen = new TreeMap<>();
        Map<String, Long> staffSees = new TreeMap<>();
        for (String table : policies.keySet()) {
            if (open.contains(table)) {
                continue;
            }
            String count = "select count(*) from \"" + table + "\"";
            seen.put(table, count(TenantScope.publicOf(lacPhuong.id()), count));
            staffSees.put(table, count(TenantScope.staffOf(lacPhuong.id()), count));
        }
        assertThat(seen).as("private tables").hasSizeGreaterThan(20);
        assertThat(seen.values())
                .as("rows of private tables the public scope sees: " + seen)
                .allMatch(n -> n == 0);
        assertThat(staffSees.values().stream().filter(n -> n > 0).count())
                .as("the same query as staff sees Lạc Phượng's private rows (the test could fail): " + staffSees)
                .isGreaterThan(5);
    }

    @Test
    void thePublicScopeReadsAPlanTasksPublicColumnsOnly() {
        var nhiChieu = councils.requireBySlug("nhi-chieu");
        var staff = TenantScope.staffOf(nhiChieu.id());
        var visitor = TenantScope.publicOf(nhiChieu.id());
        String privateColumns = "select count(*) from plan_task_visible"
                + " where is_public and (note is not null or assignee_name is not null or created_by <> '')";
        String publicRows = "select count(*) from plan_task_visible where is_public";

        assertThat(count(staff, privateColumns))
                .as("the demo's public tasks with a note, a person or an author, as staff")
                .isPositive();
        assertThat(count(visitor, publicRows))
                .as("the public tasks, read by a visitor")
                .isEqualTo(count(staff, publicRows));
        assertThat(count(visitor, privateColumns))
                .as("notes, people and authors a visitor can select")
                .isZero();
        assertThat(count(visitor, "select count(*) from plan_task where note is not null"))
                .as("rows of the table itself a visitor can select")
                .isZero();
    }

    private long count(TenantScope scope, String sql) {
        return Tenancy.call(
                scope,
                () -> transactions.execute(s -> jdbc.sql(sql).query(Long.class).single()));
    }
}
