package vn.hdndso.shared.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener of another module's events that works in the event's council, read like {@code
 * @ApplicationModuleListener}: it runs after the publishing transaction commits, on another thread,
 * recorded in the event publication registry (so a failure or a crash leaves the publication
 * incomplete and it is published again), in the staff scope of the council the event names (its
 * {@code council()} accessor, a {@link vn.hdndso.shared.CouncilId}; {@link TenantAwareListeners}
 * sets the scope).
 *
 * <p>Unlike {@code @ApplicationModuleListener} it opens no transaction of its own: a tenant scope
 * cannot change inside a transaction, so the scope comes first and the module APIs the listener
 * calls open their transactions in it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Async
@TransactionalEventListener
public @interface TenantAwareListener {}
