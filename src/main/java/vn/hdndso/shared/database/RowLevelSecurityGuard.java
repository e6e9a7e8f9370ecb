package vn.hdndso.shared.database;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses to start when the application's database role would bypass row-level security
 * (a superuser or a role with BYPASSRLS): tenant isolation must never depend on luck.
 */
class RowLevelSecurityGuard implements InitializingBean {

    private final DataSource dataSource;

    RowLevelSecurityGuard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "select current_user, rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            if (rs.next() && rs.getBoolean(2)) {
                throw new IllegalStateException("The database role '" + rs.getString(1)
                        + "' bypasses row-level security; set HDND_DB_APP_USER to a role that does not"
                        + " (not a superuser, no BYPASSRLS).");
            }
        }
    }
}
