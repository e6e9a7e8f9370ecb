package vn.hdndso.sessions.internal;

import vn.hdndso.councils.Delegate;
import vn.hdndso.sessions.CouncilSession;

/**
 * Delivers a convening notice (giấy mời) to a delegate outside the app: e-mail, SMS, Zalo or push,
 * through the notifications outbox ({@link OutboxNoticeChannel}).
 */
interface NoticeChannel {

    void convene(CouncilSession session, Delegate delegate);
}
