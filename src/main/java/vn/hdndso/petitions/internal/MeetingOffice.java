package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.NewVoterMeeting;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.petitions.VoterMeetingPlanned;
import vn.hdndso.petitions.VoterMeetings;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;

/** {@link VoterMeetings}: planning, minutes and the batch of petitions raised at a meeting. */
@Service
class MeetingOffice implements VoterMeetings {

    private static final int MAX_TITLE = 300;
    private static final int MAX_TEXT = 300;
    private static final int MAX_LINK = 500;
    private static final int MAX_MINUTES = 50_000;
    private static final int MAX_BATCH = 100;

    private final MeetingRepository meetings;
    private final PetitionRepository petitions;
    private final Petitions intake;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingOffice(
            MeetingRepository meetings,
            PetitionRepository petitions,
            Petitions intake,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.petitions = petitions;
        this.intake = intake;
        this.events = events;
    }

    @Override
    @Transactional
    public VoterMeeting plan(CouncilId council, NewVoterMeeting m) {
        return plan(council, m, false);
    }

    @Override
    @Transactional
    public VoterMeeting plan(CouncilId council, NewVoterMeeting m, boolean demo) {
        var problems = new InvalidInputException.Collector();
        String title = required(problems, "title", m.title(), MAX_TITLE);
        String group = optional(problems, "delegateGroup", m.delegateGroup(), MAX_TEXT);
        String delegates = optional(problems, "delegates", m.delegates(), 2000);
        String front = optional(problems, "frontCoOrganiser", m.frontCoOrganiser(), MAX_TEXT);
        String place = optional(problems, "place", m.place(), 500);
        String session = optional(problems, "sessionReference", m.sessionReference(), MAX_TEXT);
        String minutes = optional(problems, "minutes", m.minutes(), MAX_MINUTES);
        String link = optional(problems, "onlineLink", m.onlineLink(), MAX_LINK);
        if (m.format() == null) {
            problems.add("format", "petitions.meeting.format.required");
        } else if (m.format().needsLink()) {
            if (link.isEmpty()) {
                problems.add("onlineLink", "petitions.meeting.link.required");
            } else if (!link.matches("https://\\S+")) {
                problems.add("onlineLink", "petitions.meeting.link.invalid");
            }
        }
        if (m.format() == MeetingFormat.IN_PERSON && place.isEmpty()) {
            problems.add("place", "petitions.meeting.place.required");
        }
        if (m.heldOn() == null) {
            problems.add("heldOn", "petitions.meeting.heldOn.required");
        }
        if (m.timing() == null) {
            problems.add("timing", "petitions.meeting.timing.required");
        }
        problems.throwIfAny();
        var meeting = new VoterMeeting(
                UUID.randomUUID(),
                council,
                title,
                group,
                delegates,
                front,
                place,
                java.util.Objects.requireNonNull(m.format()),
                m.format().needsLink() ? link : null,
                java.util.Objects.requireNonNull(m.heldOn()),
                java.util.Objects.requireNonNull(m.timing()),
                session,
                minutes,
                0,
                demo,
                CurrentUser.describe(),
                Instant.now(clock));
        meetings.insert(meeting);
        events.publishEvent(AuditEvent.of(council, "petitions.meeting.planned", "meeting", meeting.id())
                .with("title", title)
                .with("format", meeting.format())
                .with("heldOn", meeting.heldOn()));
        events.publishEvent(new VoterMeetingPlanned(council, meeting.id(), meeting.heldOn(), meeting.format()));
        return meeting;
    }

    @Transactional(readOnly = true)
    @Override
    public List<VoterMeeting> list(CouncilId council) {
        return meetings.list(council);
    }

    @Transactional(readOnly = true)
    @Override
    public VoterMeeting require(CouncilId council, UUID id) {
        return meetings.find(council, id).orElseThrow(() -> new NotFoundException("petitions.meeting.notFound", id));
    }

    @Transactional(readOnly = true)
    @Override
    public java.util.Optional<VoterMeeting> findByTitle(CouncilId council, String title) {
        return meetings.findByTitle(council, title);
    }

    /** The petitions raised at the meeting, without personal data. */
    @Transactional(readOnly = true)
    @Override
    public List<Petition> petitions(CouncilId council, UUID id) {
        require(council, id);
        return petitions.ofMeeting(council, id).stream()
                .map(PetitionTexts::withoutPersonalData)
                .toList();
    }

    @Override
    @Transactional
    public VoterMeeting recordMinutes(CouncilId council, UUID id, @Nullable String minutes) {
        require(council, id);
        String text = PetitionTexts.clean(minutes);
        if (text.length() > MAX_MINUTES) {
            throw InvalidInputException.of("minutes", "petitions.field.tooLong", MAX_MINUTES);
        }
        meetings.updateMinutes(council, id, text);
        events.publishEvent(AuditEvent.of(council, "petitions.meeting.minutes", "meeting", id));
        return require(council, id);
    }

    @Override
    @Transactional
    public List<Petitions.Receipt> enter(CouncilId council, UUID meetingId, List<VoterMeetings.Raised> raised) {
        return enter(council, meetingId, raised, false);
    }

    @Override
    @Transactional
    public List<Petitions.Receipt> enter(
            CouncilId council, UUID meetingId, List<VoterMeetings.Raised> raised, boolean demo) {
        require(council, meetingId);
        if (raised.isEmpty()) {
            throw InvalidInputException.of("petitions", "petitions.meeting.batch.empty");
        }
        if (raised.size() > MAX_BATCH) {
            throw InvalidInputException.of("petitions", "petitions.meeting.batch.tooMany", MAX_BATCH);
        }
        List<Petitions.Receipt> receipts = new ArrayList<>();
        var problems = new InvalidInputException.Collector();
        Map<Integer, InvalidInputException> failures = new LinkedHashMap<>();
        for (int i = 0; i < raised.size(); i++) {
            VoterMeetings.Raised r = raised.get(i);
            try {
                receipts.add(intake.submit(
                        council,
                        NewPetition.atMeeting(
                                meetingId,
                                String.valueOf(r.content() == null ? "" : r.content()),
                                r.voterName(),
                                r.area()),
                        demo));
            } catch (InvalidInputException e) {
                failures.put(i, e);
            }
        }
        failures.forEach((i, e) -> e.problems()
                .forEach(p -> problems.add("petitions[" + i + "]." + p.field(), p.messageKey(), p.arguments())));
        problems.throwIfAny();
        return receipts;
    }

    /** Meetings per format, for target T4 (share online or hybrid). */
    @Transactional(readOnly = true)
    @Override
    public Map<String, Long> countByFormat(CouncilId council) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : meetings.countByFormat(council)) {
            out.put((String) row[0], (Long) row[1]);
        }
        return out;
    }

    private static String required(
            InvalidInputException.Collector problems, String field, @Nullable String value, int max) {
        String clean = PetitionTexts.clean(value);
        if (clean.isEmpty()) {
            problems.add(field, "petitions.meeting." + field + ".required");
        } else if (clean.length() > max) {
            problems.add(field, "petitions.field.tooLong", max);
        }
        return clean;
    }

    private static String optional(
            InvalidInputException.Collector problems, String field, @Nullable String value, int max) {
        String clean = PetitionTexts.clean(value);
        if (clean.length() > max) {
            problems.add(field, "petitions.field.tooLong", max);
        }
        return clean;
    }
}
