package vn.hdndso.petitions;

/** How a voter-contact meeting is held (Art. 19 of Joint Resolution 72/2025). */
public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean needsLink() {
        return this != IN_PERSON;
    }
}
