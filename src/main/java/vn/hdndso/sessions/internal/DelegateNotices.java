package vn.hdndso.sessions.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.Delegate;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;
import vn.hdndso.notifications.Recipient;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionCancelled;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionPostponed;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;

/**
 * What delegates are told outside the app, queued in the transaction of the change: the convening
 * notice, a postponement, a cancellation, an opened vote. Each delegate with an account gets one
 * notice per event (the idempotency key names the session, the event and the delegate), through the
 * channels their own preferences allow.
 */
@Component
class DelegateNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Outbox outbox;
    private final DelegateRoll roll;
    private final Councils councils;
    private final InstallationProperties installation;

    DelegateNotices(Outbox outbox, DelegateRoll roll, Councils councils, InstallationProperties installation) {
        this.outbox = outbox;
        this.roll = roll;
        this.councils = councils;
        this.installation = installation;
    }

    void convened(CouncilSession session, Delegate delegate) {
        Council council = councils.require(session.council());
        String place = session.place();
        queue(
                council,
                session.id(),
                delegate,
                "session-convened",
                "convened",
                List.of(
                        council.name(),
                        session.title(),
                        when(session.startsAt()),
                        place == null ? council.name() : place));
    }

    @EventListener
    void postponed(SessionPostponed event) {
        Council council = councils.require(event.council());
        List<String> arguments = List.of(
                council.name(), event.title(), when(event.previousStart()), when(event.newStart()), event.reason());
        toAll(council, event.session(), "session-postponed", "postponed:" + event.newStart(), arguments);
    }

    @EventListener
    void cancelled(SessionCancelled event) {
        Council council = councils.require(event.council());
        List<String> arguments = List.of(council.name(), event.title(), when(event.startsAt()), event.reason());
        toAll(council, event.session(), "session-cancelled", "cancelled", arguments);
    }

    void voteOpened(CouncilId councilId, CouncilSession session, UUID itemId, String itemTitle) {
        Council council = councils.require(councilId);
        toAll(
                council,
                session.id(),
                "vote-opened",
                "vote:" + itemId,
                List.of(council.name(), session.title(), itemTitle));
    }

    private void toAll(Council council, SessionId session, String template, String event, List<String> arguments) {
        for (Delegate delegate : roll.fresh(council.id())) {
            queue(council, session, delegate, template, event, arguments);
        }
    }

    private void queue(
            Council council,
            SessionId session,
            Delegate delegate,
            String template,
            String event,
            List<String> arguments) {
        UUID account = delegate.userId();
        if (account == null) {
            return; // a delegate without an account has no preferences or addresses here
        }
        outbox.queue(new Notice(
                council.id(),
                new Recipient.Account(account),
                template,
                arguments,
                installation.baseUrl() + "/app/councils/" + council.slug() + "/my-sessions",
                "session:" + session.value() + ":" + event + ":" + delegate.id().value()));
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(VnTime.ZONE));
    }
}
