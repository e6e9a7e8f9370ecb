package vn.hdndso.petitions;

import org.jspecify.annotations.Nullable;

/**
 * Who holds an unanswered issue: the unit it was sent to, then the chair of the People's Committee,
 * then the council's standing committee. An issue not answered by its step's deadline moves up one
 * step; the standing committee is the last.
 */
public enum EscalationStep {
    UNIT,
    CHAIR,
    STANDING_COMMITTEE;

    /** The step above, none above the standing committee. */
    public @Nullable EscalationStep next() {
        return switch (this) {
            case UNIT -> CHAIR;
            case CHAIR -> STANDING_COMMITTEE;
            case STANDING_COMMITTEE -> null;
        };
    }
}
