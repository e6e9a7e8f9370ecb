package vn.hdndso.sessions;

/** How a vote was taken: on the delegates' devices, or by show of hands counted by the clerk. */
public enum VoteMode {
    ELECTRONIC,
    ANALOG
}
