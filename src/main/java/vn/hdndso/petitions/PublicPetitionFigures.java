package vn.hdndso.petitions;

import java.util.Map;
import vn.hdndso.shared.CouncilId;

/**
 * The figures of a council's petitions anyone may see: counts only, never a text or a person.
 * Works from the public scope.
 */
public interface PublicPetitionFigures {

    /**
     * @param issuesByField issues by field code, in the tree's order
     * @param petitionsByChannel petitions by channel
     * @param issuesByStatus issues by status (OPEN, TRANSFERRED, ANSWERED, CLOSED)
     * @param answered issues answered (reopened ones count again once answered again)
     * @param answeredOnTime answered on or before the deadline
     * @param reopened issues a voter reopened at least once
     * @param ratings ratings of answers given by voters
     * @param satisfied of them, satisfied
     */
    record Figures(
            long petitions,
            long issues,
            Map<String, Long> issuesByField,
            Map<String, Long> petitionsByChannel,
            Map<String, Long> issuesByStatus,
            long answered,
            long answeredOnTime,
            long reopened,
            long ratings,
            long satisfied) {

        /** Share answered on time, in whole per cent; 0 when nothing was answered. */
        public int onTimePercent() {
            return answered == 0 ? 0 : (int) Math.round(100.0 * answeredOnTime / answered);
        }

        /** Share of satisfied ratings, in whole per cent; 0 without ratings. */
        public int satisfiedPercent() {
            return ratings == 0 ? 0 : (int) Math.round(100.0 * satisfied / ratings);
        }
    }

    Figures figures(CouncilId council);
}
