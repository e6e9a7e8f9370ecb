package vn.hdndso.indicators.internal;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Runs the engine's work in the tenant scope it needs (the council's staff to measure, the public
 * or all councils to read values), whatever the caller's scope. A scope cannot change inside a
 * running transaction, so when the caller has one the work runs beside it, on its own thread.
 */
@Component
class ScopedWork {

    private final TransactionTemplate transactions;

    ScopedWork(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        // never joins a caller's transaction (which may be read-only): values are stored on their own
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The work in the scope, in a transaction of its own. */
    <T> T inTransaction(TenantScope scope, Supplier<T> work) {
        return in(scope, () -> Objects.requireNonNull(transactions.execute(status -> work.get()), "the work's result"));
    }

    /** The work in the scope; the modules it calls open their own transactions. */
    <T> T in(TenantScope scope, Supplier<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive() || scope.equals(Tenancy.current())) {
            return Tenancy.call(scope, work);
        }
        try (var beside = Executors.newVirtualThreadPerTaskExecutor()) {
            return beside.submit(() -> Tenancy.call(scope, work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing indicators", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("computing indicators failed", e.getCause());
        }
    }
}
