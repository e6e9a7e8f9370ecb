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
import vn.hdndso.notifications.Addressee;
import vn.hdndso.notifications.Addressees;
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
 * notice, a postponement, a cancellation, an opened vote, a pack ready to read. Each delegate gets
 * one notice per event (the idempotency key names the session, the event and the delegate): one with
 * an account through the channels their own preferences allow; one without an account — for the
 * convening notice, a postponement and a cancellation, which concern their mandate — through the
 * e-mail or phone on their delegate record ({@link Addressees#ofDelegate}). An opened vote and a
 * ready pack are read in the app, so they go to delegates with an account only.
 */
@Component
class DelegateNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Outbox outbox;
    private final Addressees addressees;
    private final DelegateRoll roll;
    private final Councils councils;
    private final InstallationProperties installation;

    DelegateNotices(
            Outbox outbox,
            Addressees addressees,
            DelegateRoll roll,
            Councils councils,
            InstallationProperties installation) {
        this.outbox = outbox;
        this.addressees = addressees;
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
                true,
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
        toAll(council, event.session(), "session-postponed", "postponed:" + event.newStart(), true, arguments);
    }

    @EventListener
    void cancelled(SessionCancelled event) {
        Council council = councils.require(event.council());
        List<String> arguments = List.of(council.name(), event.title(), when(event.startsAt()), event.reason());
        toAll(council, event.session(), "session-cancelled", "cancelled", true, arguments);
    }

    void voteOpened(CouncilId councilId, CouncilSession session, UUID itemId, String itemTitle) {
        Council council = councils.require(councilId);
        toAll(
                council,
                session.id(),
                "vote-opened",
                "vote:" + itemId,
                false,
                List.of(council.name(), session.title(), itemTitle));
    }

    /**
     * The session's pack is ready to read ({@code version} names its documents): each delegate with
     * an account is told once per version.
     */
    void packReady(Council council, SessionId session, String title, String version, int documents) {
        toAll(
                council,
                session,
                "session-pack-ready",
                "pack:" + version,
                false,
                List.of(council.name(), title, Integer.toString(documents)));
    }

    private void toAll(
            Council council,
            SessionId session,
            String template,
            String event,
            boolean recordContacts,
            List<String> arguments) {
        for (Delegate delegate : roll.fresh(council.id())) {
            queue(council, session, delegate, template, event, recordContacts, arguments);
        }
    }

    private void queue(
            Council council,
            SessionId session,
            Delegate delegate,
            String template,
            String event,
            boolean recordContacts,
            List<String> arguments) {
        if (delegate.userId() == null && !recordContacts) {
            return; // read in the app: only a delegate with an account can
        }
        String link = delegate.userId() == null
                ? installation.baseUrl() + "/" + council.slug()
                : installation.baseUrl() + "/app/councils/" + council.slug() + "/my-sessions";
        for (Addressee addressee : addressees.ofDelegate(council.id(), delegate)) {
            String key = "session:" + session.value() + ":" + event + ":"
                    + delegate.id().value();
            outbox.queue(new Notice(
                    council.id(),
                    addressee.recipient(),
                    template,
                    arguments,
                    link,
                    addressee.recipient() instanceof Recipient.Account ? key : key + ":" + addressee.key()));
        }
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(VnTime.ZONE));
    }
}
