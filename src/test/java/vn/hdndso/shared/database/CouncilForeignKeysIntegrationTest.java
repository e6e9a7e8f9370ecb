package vn.hdndso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hdndso.support.IntegrationTest;

/**
 * A row of one council cannot point to a row of another: every foreign key between two tables
 * that both have {@code council_id} includes it (migration V119; a key added later without it
 * fails here, with its name). Keys to accounts are the exception: the city administrator's account
 * (the province council's) works in every council, and a commune council's rows name it.
 */
@IntegrationTest
class CouncilForeignKeysIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void every_key_between_tenant_tables_includes_the_council() {
        var keys = JdbcClient.create(dataSource).sql("""
                        select c.conrelid::regclass::text || '.' || c.conname || ' -> ' || c.confrelid::regclass::text
                          from pg_constraint c
                          join pg_namespace n on n.oid = c.connamespace
                         where c.contype = 'f' and n.nspname = current_schema()
                           and c.confrelid <> 'app_user'::regclass
                           and exists (select 1 from pg_attribute a
                                        where a.attrelid = c.conrelid and a.attname = 'council_id' and not a.attisdropped)
                           and exists (select 1 from pg_attribute a
                                        where a.attrelid = c.confrelid and a.attname = 'council_id' and not a.attisdropped)
                           and not exists (select 1 from pg_attribute a
                                        where a.attrelid = c.conrelid and a.attname = 'council_id'
                                          and a.attnum = any (c.conkey))
                         order by 1
                        """).query(String.class).list();
        long tenantKeys =
                JdbcClient.create(dataSource).sql("""
                        select count(*) from pg_constraint c
                         where c.contype = 'f'
                           and exists (select 1 from pg_attribute a
                                        where a.attrelid = c.conrelid and a.attname = 'council_id'
                                          and a.attnum = any (c.conkey))
                        """).query(Long.class).single();

        assertThat(keys)
                .as("foreign keys between tenant tables without council_id")
                .isEmpty();
        assertThat(tenantKeys).as("keys that do include council_id").isGreaterThan(10);
        assertThat(JdbcClient.create(dataSource).sql("""
                        select count(*) from pg_constraint c
                         where c.contype = 'f' and c.conrelid = 'personal_calendar_feed'::regclass
                           and c.confrelid = 'app_user'::regclass and array_length(c.conkey, 1) = 1
                        """).query(Long.class).single())
                .as("a council's calendar feed may belong to the city administrator's account")
                .isEqualTo(1L);
    }
}
