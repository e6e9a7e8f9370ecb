package vn.hdndso.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Voter-contact meetings (tiếp xúc cử tri): planned with the delegate group, the delegates, the
 * Fatherland Front co-organiser, place and format (in person / online / hybrid with a link),
 * before or after which session; the minutes; the petitions raised there, entered in a batch from
 * a phone (one petition per paragraph).
 */
public interface VoterMeetings {

    VoterMeeting plan(CouncilId council, NewVoterMeeting m);

    VoterMeeting plan(CouncilId council, NewVoterMeeting m, boolean demo);

    List<VoterMeeting> list(CouncilId council);

    VoterMeeting require(CouncilId council, UUID id);

    Optional<VoterMeeting> findByTitle(CouncilId council, String title);

    /** The petitions raised at the meeting, without personal data. */
    List<Petition> petitions(CouncilId council, UUID id);

    VoterMeeting recordMinutes(CouncilId council, UUID id, @Nullable String minutes);

    /** One line of a batch: who said it (optional), from which village (optional), and what. */
    record Raised(
            @Nullable String content,
            @Nullable String voterName,
            @Nullable String area) {}

    /**
     * Enters many petitions raised at the meeting at once, in one transaction: all or nothing. The
     * problems name the line ({@code petitions[3].content}).
     */
    List<Petitions.Receipt> enter(CouncilId council, UUID meetingId, List<Raised> raised);

    List<Petitions.Receipt> enter(CouncilId council, UUID meetingId, List<Raised> raised, boolean demo);

    /** Splits a phone-typed block into petitions: one per non-empty paragraph or line. */
    static List<Raised> lines(@Nullable String block, @Nullable String area) {
        List<Raised> out = new ArrayList<>();
        if (block == null) {
            return out;
        }
        for (String line : block.split("\\r?\\n")) {
            String text = line.strip().replaceFirst("^([-•*+]|\\d+[.)])\\s*", "");
            if (!text.isEmpty()) {
                out.add(new Raised(text, null, area));
            }
        }
        return out;
    }

    /** Meetings per format, for target T4 (share online or hybrid). */
    Map<String, Long> countByFormat(CouncilId council);
}
