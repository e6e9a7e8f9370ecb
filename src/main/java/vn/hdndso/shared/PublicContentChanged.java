package vn.hdndso.shared;

import java.util.Objects;

/**
 * Something the public can see has changed: a council's public pages, feeds and downloads of that
 * kind may be out of date. A module publishes it (through Spring's event publisher, inside its
 * transaction) whenever it changes content that is public, and only then; the portal empties the
 * affected part of its page cache once the transaction commits. Staff-only changes publish nothing.
 *
 * @param council the council whose public content changed
 * @param kind what changed, one of the constants below
 */
public record PublicContentChanged(CouncilId council, String kind) implements CouncilEvent {

    public static final String COUNCIL = "council";
    public static final String DOCUMENTS = "documents";
    public static final String SESSIONS = "sessions";
    public static final String PETITIONS = "petitions";
    public static final String DATASETS = "datasets";

    public PublicContentChanged {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(kind, "kind");
    }
}
