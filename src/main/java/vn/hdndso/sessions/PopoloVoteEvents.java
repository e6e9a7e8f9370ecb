package vn.hdndso.sessions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A closed vote as a Popolo VoteEvent (https://www.popoloproject.com/specs/vote-event.html): its
 * counts, its result and, where given, the named votes. The one mapping used by the public
 * {@code popolo.json} of a session and by the OParl export ({@code hdnd:voteEvent}). Fields
 * without a value (an analog vote has no opening time) are left out.
 */
public final class PopoloVoteEvents {

    private PopoloVoteEvents() {}

    /**
     * The vote event of an agenda item, if it is a motion whose vote is closed.
     *
     * @param organizationId the council's slug
     * @param sourceUrl where the vote event is published
     * @param named the named votes to embed, or null to leave them out
     */
    public static Optional<Map<String, Object>> of(
            CouncilSession session,
            AgendaItem item,
            String organizationId,
            String sourceUrl,
            @Nullable List<Votes.NamedVote> named) {
        Tally t = item.result();
        if (!item.motion() || t == null || item.voteState() != VoteState.CLOSED) {
            return Optional.empty();
        }
        String id = item.id().value().toString();
        var event = new LinkedHashMap<String, Object>();
        event.put("id", id);
        event.put("organization_id", organizationId);
        event.put("legislative_session_id", session.id().value().toString());
        event.put("motion_id", id);
        event.put("identifier", Integer.toString(item.number()));
        Majority majority = item.majority();
        if (majority != null) {
            event.put("classification", majority.name());
        }
        if (item.voteOpenedAt() != null) {
            event.put("start_date", String.valueOf(item.voteOpenedAt()));
        }
        if (item.voteClosedAt() != null) {
            event.put("end_date", String.valueOf(item.voteClosedAt()));
        }
        event.put("result", t.passed() ? "pass" : "fail");
        event.put(
                "counts",
                List.of(
                        Map.of("option", "yes", "value", t.yes()),
                        Map.of("option", "no", "value", t.no()),
                        Map.of("option", "abstain", "value", t.abstain()),
                        Map.of("option", "not voting", "value", t.notVoted())));
        if (named != null) {
            event.put(
                    "votes",
                    named.stream()
                            .map(v -> Map.of(
                                    "vote_event_id", id,
                                    "voter_id", v.delegateId().toString(),
                                    "option", v.choice().name().toLowerCase(Locale.ROOT)))
                            .toList());
        }
        event.put("sources", List.of(Map.of("url", sourceUrl, "note", session.title())));
        return Optional.of(event);
    }
}
