package vn.hdndso.sessions.internal;

import org.springframework.stereotype.Component;
import vn.hdndso.councils.Delegate;
import vn.hdndso.sessions.CouncilSession;

/**
 * The convening notice outside the app: queued in the notifications outbox (in the convening
 * transaction), which delivers it through the delegate's channels.
 */
@Component
class OutboxNoticeChannel implements NoticeChannel {

    private final DelegateNotices notices;

    OutboxNoticeChannel(DelegateNotices notices) {
        this.notices = notices;
    }

    @Override
    public void convene(CouncilSession session, Delegate delegate) {
        notices.convened(session, delegate);
    }
}
