package vn.hdndso.councils;

/**
 * Makes sure the installation's councils are registered before anything uses them. Runs once at
 * start-up, before the first request; modules that set up their own content at start-up call
 * {@link #ensureRegistered()} first.
 */
public interface CouncilSetUp {

    /** Registers the installation's councils unless that happened already. */
    void ensureRegistered();
}
