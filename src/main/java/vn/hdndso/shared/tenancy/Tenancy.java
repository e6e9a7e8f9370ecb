package vn.hdndso.shared.tenancy;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.shared.CouncilId;

/**
 * The tenant scope of the current thread. Web requests get theirs from the URL and the signed-in
 * user; background work states its own with {@link #call}. A scope cannot change inside a
 * running transaction, because the database has already been told the old one.
 */
public final class Tenancy {

    private static final Logger log = LoggerFactory.getLogger(Tenancy.class);
    private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();

    private Tenancy() {}

    public static TenantScope current() {
        TenantScope scope = CURRENT.get();
        return scope == null ? TenantScope.none() : scope;
    }

    /** The council of the current scope; fails if the work is not scoped to one council. */
    public static CouncilId currentCouncil() {
        return current().councilInScope().orElseThrow(() -> new IllegalStateException("no council in scope"));
    }

    public static <T> T call(TenantScope scope, Supplier<T> work) {
        TenantScope previous = CURRENT.get();
        if (TransactionSynchronizationManager.isActualTransactionActive() && !scope.equals(current())) {
            throw new IllegalStateException("cannot change the tenant scope inside a transaction");
        }
        if (scope instanceof TenantScope.AllCouncils all) {
            log.debug("cross-council scope: {}", all.reason());
        }
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(TenantScope scope, Runnable work) {
        call(scope, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Sets the scope for the rest of a web request; {@link #clear()} must follow in a finally
     * block or at request completion.
     */
    public static void enter(TenantScope scope) {
        CURRENT.set(scope);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
