package vn.hdndso.councils.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import vn.hdndso.councils.CouncilSetUp;

/** Registers the councils once, when the application has started its beans. */
@Service
class CouncilSetUpOnStart implements CouncilSetUp, SmartInitializingSingleton {

    private final CouncilRegistration registration;
    private boolean done;

    CouncilSetUpOnStart(CouncilRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureRegistered();
    }

    @Override
    public synchronized void ensureRegistered() {
        if (!done) {
            registration.run();
            done = true;
        }
    }
}
