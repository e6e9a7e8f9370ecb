package vn.hdndso.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The voter closes the loop with their tracking code: rates the published answer (satisfied or
 * not, with an optional comment) and, within the council's window after publication, reopens the
 * issue, which goes back to its body with a new deadline. An unknown code is not found, whatever
 * exists; nothing personal is read or shown. Works from the public scope (the office records it).
 */
public interface VoterFeedback {

    /**
     * What the tracking page shows about closing the loop.
     *
     * @param canRate a published answer exists
     * @param reopenUntil the last day the answer can be reopened; null without a published answer
     * @param satisfied the voter's rating of the current answer, if given
     */
    record Loop(
            boolean canRate,
            @Nullable LocalDate reopenUntil,
            boolean canReopen,
            @Nullable Boolean satisfied,
            @Nullable String comment,
            @Nullable Instant ratedAt,
            int timesReopened) {}

    /** Empty for an unknown or malformed code. */
    Optional<Loop> loop(String trackingCode);

    /**
     * Rates the published answer of the petition's issue; rating again replaces the earlier rating of
     * the same answer. Unknown code: not found; no published answer yet: 409.
     */
    Loop rate(String trackingCode, @Nullable Boolean satisfied, @Nullable String comment);

    /**
     * Reopens the answered issue within the window: it goes back to its body (status transferred,
     * a new deadline, the escalation ladder from the unit), the earlier answer kept in the issue's
     * steps. After the window: 409 naming the day it closed.
     */
    Loop reopen(String trackingCode, @Nullable String reason);
}
