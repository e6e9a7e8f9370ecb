package vn.hdndso.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Push subscriptions under row-level security: every statement runs for one account
 * ({@code app.push_account}), and the policies show, add and remove only that account's rows.
 */
@Repository
class PushSubscriptionRepository {

    /** A stored subscription with its keys, for delivering. */
    record Stored(UUID id, UUID accountId, String endpoint, String p256dh, String auth, Instant created) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    PushSubscriptionRepository(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs the work for one account: in the caller's transaction when there is one (the account is
     * named for the work and forgotten after it), otherwise in a transaction of its own in the given
     * scope.
     */
    <T> T asAccount(TenantScope scope, UUID account, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            name(account.toString());
            try {
                return work.get();
            } finally {
                name("");
            }
        }
        return Tenancy.call(
                scope,
                () -> transactions.execute(status -> {
                    name(account.toString());
                    return work.get();
                }));
    }

    Stored save(CouncilId council, UUID account, String endpoint, String p256dh, String auth) {
        return jdbc.sql("""
                        insert into push_subscription (id, council_id, account_id, endpoint, p256dh, auth)
                        values (:id, :council, :account, :endpoint, :p256dh, :auth)
                        on conflict (account_id, endpoint) do update set p256dh = excluded.p256dh,
                          auth = excluded.auth, council_id = excluded.council_id
                        returning *""")
                .param("id", UUID.randomUUID())
                .param("council", council.value())
                .param("account", account)
                .param("endpoint", endpoint)
                .param("p256dh", p256dh)
                .param("auth", auth)
                .query(PushSubscriptionRepository::stored)
                .single();
    }

    List<Stored> ofAccount(UUID account) {
        return jdbc.sql("select * from push_subscription where account_id = :account order by created desc, id")
                .param("account", account)
                .query(PushSubscriptionRepository::stored)
                .list();
    }

    boolean remove(UUID account, UUID id) {
        return jdbc.sql("delete from push_subscription where id = :id and account_id = :account")
                        .param("id", id)
                        .param("account", account)
                        .update()
                > 0;
    }

    private void name(String account) {
        jdbc.sql("select set_config('app.push_account', :account, true)")
                .param("account", account)
                .query(String.class)
                .single();
    }

    private static Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("endpoint"),
                rs.getString("p256dh"),
                rs.getString("auth"),
                rs.getTimestamp("created").toInstant());
    }
}
