package vn.hdndso.petitions;

import java.time.LocalDate;
import java.util.UUID;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/** A voter-contact meeting was recorded with its day and format (it moves the online/hybrid share). */
public record VoterMeetingPlanned(CouncilId council, UUID meeting, LocalDate heldOn, MeetingFormat format)
        implements CouncilEvent {}
