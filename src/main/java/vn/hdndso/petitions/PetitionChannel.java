package vn.hdndso.petitions;

/** How a petition reached the council. */
public enum PetitionChannel {
    /** The public form on the council's site. */
    WEB,
    /** The JSON API (another system, an app). */
    API,
    /** Said at a voter-contact meeting and entered by a clerk or delegate. */
    MEETING,
    /** A row of an imported spreadsheet. */
    IMPORT,
    /** Open311 GeoReport (through the open-data module). */
    OPEN311,
    /**
     * A message a voter wrote to the council's Zalo Official Account (the OA's webhook); the contact
     * is {@code zalo:<user id>}, and only this channel may carry such a contact.
     */
    ZALO,
    /** Anything else a clerk enters (a letter, a call). */
    OTHER;

    /** Channels where the voters give their data themselves, so their consent is recorded. */
    public boolean needsConsent() {
        return this == WEB || this == API || this == OPEN311 || this == ZALO;
    }

    /** Channels another system may name when it sends a petition through the JSON API. */
    public boolean openToApiCallers() {
        return this == WEB || this == API || this == OPEN311;
    }
}
