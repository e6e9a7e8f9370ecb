package vn.hdndso.shared.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL the tenant scope at the start of every transaction ({@code SET LOCAL}
 * semantics via {@code set_config(..., true)}), so row-level security policies see it and a
 * pooled connection never carries one request's council into the next.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    private static final String APPLY_SCOPE = "select set_config('app.council_id', ?, true),"
            + " set_config('app.staff', ?, true), set_config('app.all_councils', ?, true)";

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        TenantScope scope = Tenancy.current();
        String council = scope.councilInScope().map(Object::toString).orElse("");
        boolean staff = scope instanceof TenantScope.StaffCouncil;
        boolean all = scope instanceof TenantScope.AllCouncils;
        try (var statement = connection.prepareStatement(APPLY_SCOPE)) {
            statement.setString(1, council);
            statement.setString(2, staff ? "on" : "off");
            statement.setString(3, all ? "on" : "off");
            statement.execute();
        }
    }
}
