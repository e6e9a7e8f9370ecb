package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hdndso.calendar.CalendarEntry;
import vn.hdndso.calendar.CalendarSource;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.shared.CouncilId;

/**
 * Voter-contact meetings in the council's public calendar: all-day events on the day they are
 * held, with the place and — for online and hybrid meetings — the link voters join by. Never the
 * minutes, the delegates' notes or the petitions raised.
 */
@Component
class VoterMeetingCalendar implements CalendarSource {

    private final MeetingRepository meetings;

    VoterMeetingCalendar(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<CalendarEntry> entries(CouncilId council, LocalDate from, LocalDate to) {
        return meetings.listPublic(council).stream()
                .filter(m -> !m.heldOn().isBefore(from) && !m.heldOn().isAfter(to))
                .map(this::entry)
                .toList();
    }

    private CalendarEntry entry(VoterMeeting m) {
        StringBuilder description = new StringBuilder("Hội nghị tiếp xúc cử tri");
        if (!m.delegateGroup().isBlank()) {
            description.append(" của ").append(m.delegateGroup());
        }
        description.append('.');
        if (!m.frontCoOrganiser().isBlank()) {
            description.append(" Phối hợp: ").append(m.frontCoOrganiser()).append('.');
        }
        if (m.format() != MeetingFormat.IN_PERSON && m.onlineLink() != null) {
            description
                    .append(m.format() == MeetingFormat.ONLINE ? " Trực tuyến: " : " Trực tiếp và trực tuyến: ")
                    .append(m.onlineLink());
        }
        String location = m.format() == MeetingFormat.ONLINE && m.onlineLink() != null
                ? m.onlineLink()
                : m.place().isBlank() ? null : m.place();
        return new CalendarEntry(
                "voter-meeting-" + m.id() + "@hdnd-so",
                m.council(),
                m.title(),
                description.toString(),
                null,
                null,
                m.heldOn(),
                location,
                m.onlineLink() != null && m.format() != MeetingFormat.IN_PERSON ? m.onlineLink() : null,
                m.createdAt(),
                0,
                false);
    }
}
