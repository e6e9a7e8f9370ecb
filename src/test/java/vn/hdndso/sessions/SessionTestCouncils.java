package vn.hdndso.sessions;

/**
 * Councils of the test installation (Hải Phòng, province 31) that only the sessions tests use, so
 * their delegate counts are exactly what the tests make them.
 */
final class SessionTestCouncils {

    /** Majority arithmetic. */
    static final String VOTES = "an-lao";

    /** Live updates, recordings and packs. */
    static final String LIVE = "kien-thuy";

    /** The pages without JavaScript. */
    static final String PAGES = "kien-hai";

    /** The browser test. */
    static final String BROWSER = "tien-lang";

    /** The delegate's agenda, the pack reader, the clerk's steps and attendance (issue 19). */
    static final String WORK = "kien-an";

    /** Their browser test. */
    static final String WORK_BROWSER = "an-duong";

    /** Counts only while open, secret ballots, elections and confidence votes (issue 14). */
    static final String SECRET = "tran-hung-dao";

    /** One delegate per person (issue 14). */
    static final String ONE_PERSON = "viet-hoa";

    private SessionTestCouncils() {}
}
