package vn.hdndso.sessions;

/**
 * What the roll says about one delegate at a session: present (checked in), absent, absent with
 * leave ("vắng có lý do"), or nothing recorded yet.
 */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED,
    NOT_RECORDED;

    public String messageKey() {
        return "sessions.attendanceStatus." + name();
    }
}
