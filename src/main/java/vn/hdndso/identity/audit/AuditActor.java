package vn.hdndso.identity.audit;

import java.util.Optional;

/**
 * Names the actor of audit entries written while nobody is signed in on the thread yet, which is
 * the case during sign-in itself: a successful sign-in is recorded as its user's act, a failed
 * attempt as an anonymous one (whoever typed the password).
 */
public final class AuditActor {

    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    private AuditActor() {}

    public static void runAs(String actor, Runnable work) {
        String previous = ACTING.get();
        ACTING.set(actor);
        try {
            work.run();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }

    static Optional<String> current() {
        return Optional.ofNullable(ACTING.get());
    }
}
