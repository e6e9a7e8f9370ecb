package vn.hdndso.sessions.internal;

import vn.hdndso.councils.Delegate;
import vn.hdndso.sessions.CouncilSession;

/**
 * Delivers a convening notice (giấy mời) to a delegate outside the app: e-mail, SMS or chat.
 * No such adapter exists in the installation yet; {@link OutboxNoticeChannel} writes the notice
 * to the log and marks the outbox row, and a notifications module can replace it.
 */
interface NoticeChannel {

    void convene(CouncilSession session, Delegate delegate);
}
