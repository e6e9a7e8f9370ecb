package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * The yearly oversight programme (Law 87/2015 Art. 58): proposals by delegates, committees and the
 * Front by a day of the year before (later ones are kept, marked late), adoption by a resolution at
 * the mid-year session, results at the next one; the days are configurable.
 */
public interface OversightProgrammes {

    /** A proposal for the programme of {@code year}. */
    Proposal propose(CouncilId council, @Nullable Integer year, @Nullable String title, @Nullable ProposerKind by);

    /** Records the programme of {@code year} as adopted by an issued resolution (NQ) of the council. */
    Programme adopt(CouncilId council, int year, @Nullable UUID resolutionDocumentId);

    /** The programme of a year: its calendar, proposals (for staff), adoption and topics. */
    Programme of(CouncilId council, int year);

    enum ProposerKind {
        DELEGATE,
        COMMITTEE,
        FRONT;

        public String messageKey() {
            return "oversight.proposal.by." + name();
        }
    }

    record Proposal(
            UUID id,
            int year,
            String title,
            ProposerKind proposerKind,
            String proposedBy,
            LocalDate proposedOn,
            boolean late) {}

    /**
     * @param proposalsDue the day proposals are due (the year before)
     * @param adoptionDue the day by which the programme is adopted (mid-year session, the year before)
     * @param resultsDue the day by which results are reported (mid-year session, the year after)
     */
    record Programme(
            int year,
            LocalDate proposalsDue,
            LocalDate adoptionDue,
            LocalDate resultsDue,
            List<Proposal> proposals,
            @Nullable UUID resolutionDocumentId,
            @Nullable String resolutionTitle,
            @Nullable LocalDate adoptedOn,
            List<OversightTopic> topics) {

        public Programme {
            proposals = List.copyOf(proposals);
            topics = List.copyOf(topics);
        }
    }
}
