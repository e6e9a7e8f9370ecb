package vn.hdndso.councils;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import vn.hdndso.councils.internal.CouncilRegistration;

/**
 * Makes sure the installation's councils are registered before anything uses them. Runs once at
 * start-up, before the first request; modules that set up their own content at start-up call
 * {@link #ensureRegistered()} first.
 */
@Service
public class CouncilSetUp implements SmartInitializingSingleton {

    private final CouncilRegistration registration;
    private boolean done;

    CouncilSetUp(CouncilRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureRegistered();
    }

    public synchronized void ensureRegistered() {
        if (!done) {
            registration.run();
            done = true;
        }
    }
}
