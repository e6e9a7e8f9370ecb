package vn.hdndso.petitions;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Meeting minutes become petitions: the clerk pastes or uploads the minutes of a voter-contact
 * meeting (plain text, DOCX, PDF with a text layer), the office proposes the petitions in it
 * ({@link MinutesSplitter}, each with its voters, area and suggested field), the clerk edits, drops
 * or merges them and confirms; every petition created keeps its link to the meeting.
 */
public interface MeetingMinutes {

    /** Longest minutes file accepted. */
    int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * The text of an uploaded minutes file. A PDF without a text layer (a scan), an unreadable or
     * unsupported file: 400 naming {@code file} with a Vietnamese message.
     */
    String text(String fileName, byte[] content);

    /** The petitions proposed from the minutes, each with the field the classifier suggests. */
    List<MinutesProposal> propose(CouncilId council, UUID meetingId, @Nullable String minutes);

    /**
     * Registers the petitions the clerk confirmed, all or nothing, each linked to the meeting; the
     * minutes are kept as the meeting's minutes when it has none yet.
     */
    List<Petitions.Receipt> confirm(
            CouncilId council, UUID meetingId, List<VoterMeetings.Raised> confirmed, @Nullable String minutes);
}
