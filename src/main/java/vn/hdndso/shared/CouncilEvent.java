package vn.hdndso.shared;

/**
 * An event about one council's work: a document issued, a petition received, a session closed. A
 * module's event records implement it so that modules which keep figures about a council's work
 * (the live indicators) learn that the figures may have moved, without knowing every event type.
 */
public interface CouncilEvent {

    /** The council whose work the event is about. */
    CouncilId council();
}
