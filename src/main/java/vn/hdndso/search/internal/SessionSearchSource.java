package vn.hdndso.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.SearchItem;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.RecordingPublished;
import vn.hdndso.sessions.SessionClosed;
import vn.hdndso.sessions.SessionConvened;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionUpdated;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.Tally;
import vn.hdndso.sessions.VoteClosed;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * The sessions module's items: sessions ({@code session}: title, kind, place, the agenda with its
 * results) and their agenda items ({@code agenda}: the item's title, its session, its result).
 * Public from the convening on (as the public session pages); a planned session and its agenda
 * are for the council's {@code CLERK} and {@code COUNCIL_ADMIN} (the staff who plan it).
 */
@Component
class SessionSearchSource implements SearchSource {

    static final String SESSION = "session";
    static final String AGENDA = "agenda";
    static final Set<String> SESSION_STAFF = Set.of("CLERK", "COUNCIL_ADMIN");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Sessions sessions;
    private final Councils councils;
    private final SearchIndexer indexer;
    private final SearchChangeLog changes;
    private final MessageSource messages;

    SessionSearchSource(
            Sessions sessions,
            Councils councils,
            SearchIndexer indexer,
            SearchChangeLog changes,
            MessageSource messages) {
        this.sessions = sessions;
        this.councils = councils;
        this.indexer = indexer;
        this.changes = changes;
        this.messages = messages;
    }

    @Override
    public Set<String> types() {
        return Set.of(SESSION, AGENDA);
    }

    @EventListener
    void on(SessionUpdated event) {
        changes.record(event.council(), SESSION, event.session().toString());
    }

    @EventListener
    void on(SessionConvened event) {
        changes.record(event.council(), SESSION, event.session().toString());
    }

    @EventListener
    void on(VoteClosed event) {
        changes.record(event.council(), SESSION, event.session().toString());
    }

    @EventListener
    void on(SessionClosed event) {
        changes.record(event.council(), SESSION, event.session().toString());
    }

    @EventListener
    void on(RecordingPublished event) {
        changes.record(event.council(), SESSION, event.session().toString());
    }

    @Override
    public Set<String> changeKinds() {
        return Set.of(SESSION);
    }

    @Override
    public void reload(SearchChangeLog.Change change) {
        refresh(change.council(), new SessionId(java.util.UUID.fromString(change.id())));
    }

    /** The session and every item of its agenda, read again; whatever the index has is replaced. */
    private void refresh(CouncilId council, SessionId id) {
        var loaded = new Object() {
            List<SearchItem> items = List.of();
        };
        indexer.refresh(council, SearchItem.key(SESSION, id.toString()), () -> {
            loaded.items = items(councils.require(council), id);
            return loaded.items.stream().filter(i -> i.type().equals(SESSION)).findFirst();
        });
        for (SearchItem item : loaded.items) {
            if (item.type().equals(AGENDA)) {
                indexer.refresh(council, item.key(), () -> Optional.of(item));
            }
        }
    }

    private List<SearchItem> items(Council council, SessionId id) {
        CouncilSession session;
        List<AgendaItem> agenda;
        try {
            session = sessions.require(council.id(), id);
            agenda = sessions.agenda(council.id(), id);
        } catch (NotFoundException gone) {
            return List.of();
        }
        return items(council, session, agenda);
    }

    @Override
    public void forEach(Council council, Consumer<SearchItem> sink) {
        for (CouncilSession session : sessions.list(council.id())) {
            items(council, session, sessions.agenda(council.id(), session.id())).forEach(sink);
        }
    }

    private List<SearchItem> items(Council council, CouncilSession s, List<AgendaItem> agenda) {
        boolean isPublic = s.isPublic();
        String url = isPublic
                ? "/" + council.slug() + "/ky-hop/" + s.id()
                : "/app/councils/" + council.slug() + "/sessions/" + s.id();
        String kind = messages.getMessage(s.kind().messageKey(), null, s.kind().name(), VIETNAMESE);
        LocalDate day = LocalDate.ofInstant(s.startsAt(), VnTime.ZONE);
        var text = new StringBuilder();
        text.append(kind);
        if (s.place() != null) {
            text.append('\n').append(s.place());
        }
        for (AgendaItem item : agenda) {
            text.append('\n').append(item.number()).append(". ").append(item.title());
            String result = result(item.result());
            if (!result.isEmpty()) {
                text.append(" (").append(result).append(')');
            }
        }
        List<SearchItem> all = new ArrayList<>();
        all.add(new SearchItem(
                SESSION,
                s.id().toString(),
                council.id(),
                s.title(),
                text.toString(),
                day,
                kind,
                isPublic,
                SESSION_STAFF,
                url));
        for (AgendaItem item : agenda) {
            String result = result(item.result());
            String itemText = s.title() + "\n" + kind + (result.isEmpty() ? "" : "\n" + result);
            all.add(new SearchItem(
                    AGENDA,
                    item.id().toString(),
                    council.id(),
                    item.title(),
                    itemText,
                    day,
                    kind,
                    isPublic,
                    SESSION_STAFF,
                    url + "#muc-" + item.number()));
        }
        return all;
    }

    /** "Thông qua: 9 tán thành, 1 không tán thành, 0 không biểu quyết", or empty before the vote. */
    private static String result(@org.jspecify.annotations.Nullable Tally tally) {
        if (tally == null) {
            return "";
        }
        return (tally.passed() ? "Thông qua" : "Không thông qua") + ": " + tally.yes() + " tán thành, " + tally.no()
                + " không tán thành, " + tally.abstain() + " không biểu quyết";
    }
}
