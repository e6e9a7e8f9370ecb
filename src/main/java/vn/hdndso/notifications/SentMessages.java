package vn.hdndso.notifications;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/** What the council sent to whom, through which channel, with what result; a failed message sent again. */
public interface SentMessages {

    /** The council's messages, newest first; only those in {@code state} when given. */
    Page<SentMessage> list(CouncilId council, @Nullable MessageState state, Page.Request page);

    /**
     * Queues a failed message again as a new message (a new attempt, audited); the failed one stays as
     * it was. Anything but a failed message is refused ({@code notify.resend.notFailed}).
     */
    SentMessage resend(CouncilId council, UUID id);
}
