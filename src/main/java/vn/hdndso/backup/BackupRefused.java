package vn.hdndso.backup;

/** A backup or restore that must not go on, with the reason in Vietnamese for the operator. */
public class BackupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupRefused(String message) {
        super(message);
    }
}
