package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.petitions.MeetingMinutes;
import vn.hdndso.petitions.MinutesProposal;
import vn.hdndso.petitions.MinutesSplitter;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.audit.AuditEvent;

/** {@link MeetingMinutes}: reads the file, splits the minutes, suggests fields, registers what the clerk confirmed. */
@Service
class MinutesDesk implements MeetingMinutes {

    private static final int MAX_MINUTES = 50_000;

    private final VoterMeetings meetings;
    private final MeetingRepository repository;
    private final PetitionClassifier classifier;
    private final PetitionsProperties properties;
    private final ApplicationEventPublisher events;

    MinutesDesk(
            VoterMeetings meetings,
            MeetingRepository repository,
            PetitionClassifier classifier,
            PetitionsProperties properties,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.meetings = meetings;
        this.repository = repository;
        this.classifier = classifier;
        this.events = events;
    }

    @Override
    public String text(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "petitions.minutes.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return MinutesFile.text(fileName, content);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MinutesProposal> propose(CouncilId council, UUID meetingId, @Nullable String minutes) {
        meetings.require(council, meetingId);
        if (minutes == null || minutes.isBlank()) {
            throw InvalidInputException.of("minutes", "petitions.minutes.empty");
        }
        if (minutes.length() > MAX_MINUTES * 4) {
            throw InvalidInputException.of("minutes", "petitions.field.tooLong", MAX_MINUTES * 4);
        }
        return MinutesSplitter.split(minutes).stream()
                .map(p -> {
                    var suggestion = classifier.suggest(council, p.text());
                    return p.withField(suggestion.field(), properties.fieldName(suggestion.field()));
                })
                .toList();
    }

    @Override
    @Transactional
    public List<Petitions.Receipt> confirm(
            CouncilId council, UUID meetingId, List<VoterMeetings.Raised> confirmed, @Nullable String minutes) {
        VoterMeeting meeting = meetings.require(council, meetingId);
        List<Petitions.Receipt> receipts = meetings.enter(council, meetingId, confirmed);
        String text = PetitionTexts.clean(minutes);
        boolean kept = false;
        if (meeting.minutes().isBlank() && !text.isEmpty() && text.length() <= MAX_MINUTES) {
            repository.updateMinutes(council, meetingId, text);
            kept = true;
        }
        events.publishEvent(AuditEvent.of(council, "petitions.meeting.minutesSplit", "meeting", meetingId)
                .with("petitions", receipts.size())
                .with("minutesKept", kept));
        return receipts;
    }
}
