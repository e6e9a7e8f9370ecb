package vn.hdndso.sessions.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.hdndso.calendar.CalendarEntry;
import vn.hdndso.calendar.CalendarSource;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionChange;
import vn.hdndso.sessions.SessionChanges;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnTime;

/**
 * The council's public sessions and meetings (from the convening on; a planned one is not public)
 * in its calendar: start in Vietnam time, the place, the public livestream link, the public page.
 * The conferencing link for delegates is not published.
 */
@Component
class SessionCalendar implements CalendarSource {

    private static final Duration LENGTH = Duration.ofHours(4);
    private static final Locale VIETNAMESE = Locale.of("vi");

    private final Sessions sessions;
    private final SessionChanges changes;
    private final Councils councils;
    private final InstallationProperties installation;
    private final MessageSource messages;

    SessionCalendar(
            Sessions sessions,
            SessionChanges changes,
            Councils councils,
            InstallationProperties installation,
            MessageSource messages) {
        this.sessions = sessions;
        this.changes = changes;
        this.councils = councils;
        this.installation = installation;
        this.messages = messages;
    }

    @Override
    public List<CalendarEntry> entries(CouncilId council, LocalDate from, LocalDate to) {
        Council c = councils.require(council);
        return sessions.list(council).stream()
                .filter(CouncilSession::isPublic)
                .filter(s -> {
                    LocalDate day = s.startsAt().atZone(VnTime.ZONE).toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .map(s -> entry(c, s))
                .toList();
    }

    private CalendarEntry entry(Council council, CouncilSession s) {
        ZonedDateTime start = s.startsAt().atZone(VnTime.ZONE);
        ZonedDateTime end = s.closedAt() != null && s.closedAt().isAfter(s.startsAt())
                ? s.closedAt().atZone(VnTime.ZONE)
                : start.plus(LENGTH);
        String page = installation.baseUrl().replaceAll("/+$", "") + "/" + council.slug() + "/ky-hop/" + s.id().value();
        StringBuilder description = new StringBuilder(
                messages.getMessage(s.kind().messageKey(), null, s.kind().name(), VIETNAMESE));
        description
                .append(" — ")
                .append(messages.getMessage(
                        s.state().messageKey(), null, s.state().name(), VIETNAMESE))
                .append('.');
        if (s.livestreamUrl() != null) {
            description.append(" Truyền hình trực tiếp: ").append(s.livestreamUrl());
        }
        description.append(" Chương trình và kết quả: ").append(page);
        Instant modified = s.closedAt() != null ? s.closedAt() : s.convenedAt() != null ? s.convenedAt() : s.startsAt();
        // a change after the convening (edited, postponed, cancelled) is a new version of the event
        List<SessionChange> history = s.convenedAt() == null
                ? List.of()
                : changes.history(council.id(), s.id()).stream()
                        .filter(c -> c.changedAt().isAfter(Objects.requireNonNull(s.convenedAt())))
                        .toList();
        if (!history.isEmpty() && history.getLast().changedAt().isAfter(modified)) {
            modified = history.getLast().changedAt();
        }
        return new CalendarEntry(
                "session-" + s.id().value() + "@hdnd-so",
                council.id(),
                s.title(),
                description.toString(),
                start,
                end,
                null,
                s.place(),
                page,
                modified,
                history.size() + (s.closedAt() != null ? 1 : 0),
                s.isCancelled());
    }
}
