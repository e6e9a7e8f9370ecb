package vn.hdndso.petitions;

/** When a voter-contact meeting takes place relative to a session. */
public enum MeetingTiming {
    BEFORE,
    AFTER,
    THEMATIC
}
