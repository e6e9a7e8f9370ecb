package vn.hdndso.petitions;

import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;

/**
 * The clerk's choice of the body an issue goes to, against the council's default for its field and
 * level: confirming the default needs nothing; sending it elsewhere (re-routing) needs a reason,
 * which the audit trail keeps.
 *
 * @param proposed the council's default body for the field and level, if one is configured
 * @param rerouted the chosen body is not the default
 * @param reason why the clerk re-routed; blank when the default was confirmed
 */
public record RoutingDecision(@Nullable ReceivingBody proposed, ReceivingBody chosen, boolean rerouted, String reason) {

    public static final int MAX_REASON = 1000;

    /** Decides; a re-route without a reason (or with one too long) is refused naming {@code reason}. */
    public static RoutingDecision of(@Nullable ReceivingBody proposed, ReceivingBody chosen, @Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        boolean rerouted = proposed != null && !proposed.sameDeskAs(chosen);
        if (proposed != null && rerouted && why.isEmpty()) {
            throw InvalidInputException.of("reason", "routing.reroute.reason.required", proposed.name());
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "routing.reason.tooLong", MAX_REASON);
        }
        return new RoutingDecision(proposed, chosen, rerouted, why);
    }
}
