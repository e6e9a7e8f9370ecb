package vn.hdndso.training;

/** Where a training session takes place: a room (with its place) or online (with its link). */
public enum SessionFormat {
    IN_PERSON,
    ONLINE;

    public String messageKey() {
        return "training.format." + name();
    }
}
