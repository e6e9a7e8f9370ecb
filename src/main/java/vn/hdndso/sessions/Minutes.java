package vn.hdndso.sessions;

import vn.hdndso.shared.CouncilId;

/**
 * Papers drawn up from a session's data: the minutes (biên bản: agenda, attendance, every vote's
 * result) and the convening notice (giấy mời) to delegates. Both are PDFs made on request from
 * the database, so they always match it.
 */
public interface Minutes {

    /** The minutes of the session as it stands (a draft until it is closed). */
    byte[] minutesPdf(CouncilId council, SessionId id);

    /** The convening notice to one delegate (or to all, with a blank name). */
    byte[] invitationPdf(CouncilId council, SessionId id, String delegateName);
}
