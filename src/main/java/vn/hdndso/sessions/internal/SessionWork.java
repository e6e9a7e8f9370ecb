package vn.hdndso.sessions.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionState;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.VoteState;
import vn.hdndso.sessions.Votes;
import vn.hdndso.shared.VnTime;

/**
 * The sessions' part of each person's home: for a delegate, the sessions they are invited to that
 * have not closed, the pack documents they have not opened yet, and the votes open now that they
 * have not cast; for the council office, the sessions coming up (to convene, to open, with an empty
 * pack to prepare).
 */
@Component
class SessionWork implements WorkItemSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Sessions sessions;
    private final Votes votes;
    private final JdbcClient jdbc;

    SessionWork(Sessions sessions, Votes votes, JdbcClient jdbc) {
        this.sessions = sessions;
        this.votes = votes;
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> itemsFor(Context context) {
        List<WorkItem> items = new ArrayList<>();
        if (context.office()) {
            office(context, items);
        } else if (context.has(Role.DELEGATE)) {
            delegate(context, items);
        }
        return items;
    }

    private void office(Context context, List<WorkItem> items) {
        for (CouncilSession s : sessions.list(context.council())) {
            if (s.state() == SessionState.CLOSED) {
                continue;
            }
            String href = "/app/councils/" + context.councilSlug() + "/sessions/" + s.id().value();
            LocalDate day = day(s);
            if (s.state() == SessionState.PLANNED && context.clerk() && packSize(s) == 0) {
                items.add(item("home.action.session.preparePack", s, href + "/pack", day));
            }
            String action = switch (s.state()) {
                case PLANNED -> context.chair() ? "home.action.session.convene" : "home.action.session.upcoming";
                case CONVENED -> context.chair() ? "home.action.session.start" : "home.action.session.upcoming";
                default -> "home.action.session.running";
            };
            items.add(item(action, s, href, day));
        }
    }

    private void delegate(Context context, List<WorkItem> items) {
        UUID user = context.user().id().value();
        for (CouncilSession s : sessions.invitationsOf(context.council(), user)) {
            if (s.state() == SessionState.CLOSED) {
                continue;
            }
            String href = "/app/councils/" + context.councilSlug() + "/my-sessions/" + s.id().value();
            LocalDate day = day(s);
            items.add(item("home.action.session.attend", s, href, day));
            int unread = unread(s, user);
            if (unread > 0) {
                items.add(new WorkItem(
                        "home.group.sessions",
                        "home.action.session.read",
                        s.title(),
                        "/app/councils/" + context.councilSlug() + "/sessions/" + s.id().value() + "/pack",
                        day,
                        unread + "/" + packSize(s)));
            }
            if (s.state() == SessionState.IN_PROGRESS) {
                for (AgendaItem a : sessions.agenda(context.council(), s.id())) {
                    if (a.voteState() == VoteState.OPEN && votes.choiceOf(context.council(), a.id(), user) == null) {
                        items.add(new WorkItem(
                                "home.group.votes",
                                "home.action.session.vote",
                                a.number() + ". " + a.title(),
                                href,
                                context.today(),
                                s.title()));
                    }
                }
            }
        }
    }

    private static WorkItem item(String action, CouncilSession s, String href, LocalDate day) {
        String place = s.place() == null ? "" : " · " + s.place();
        return new WorkItem(
                "home.group.sessions",
                action,
                s.title(),
                href,
                day,
                TIME.format(s.startsAt().atZone(VnTime.ZONE)) + place);
    }

    private static LocalDate day(CouncilSession s) {
        return s.startsAt().atZone(VnTime.ZONE).toLocalDate();
    }

    private int packSize(CouncilSession s) {
        return jdbc.sql("select count(*) from pack_document where session_id = :s")
                .param("s", s.id().value())
                .query(Integer.class)
                .single();
    }

    /** Pack documents of the session the user has never opened. */
    private int unread(CouncilSession s, UUID user) {
        return jdbc.sql("""
                        select count(*) from pack_document p
                        where p.session_id = :s
                          and not exists (select 1 from read_receipt r where r.pack_document_id = p.id and r.user_id = :u)""")
                .param("s", s.id().value())
                .param("u", user)
                .query(Integer.class)
                .single();
    }
}
