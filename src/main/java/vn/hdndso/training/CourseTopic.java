package vn.hdndso.training;

/** The digital skill a course teaches. */
public enum CourseTopic {
    E_OFFICE,
    SIGNING,
    ONLINE_MEETINGS,
    DATA,
    PLATFORM,
    OTHER;

    public String messageKey() {
        return "training.topic." + name();
    }
}
