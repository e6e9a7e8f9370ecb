package vn.hdndso.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * A change made to a session before its sitting opened, as kept in its history and shown to
 * delegates and (once convened) the public.
 *
 * @param summary what changed, in Vietnamese ("Giờ họp: 08:00 20/12/2026 → 14:00 21/12/2026")
 */
public record SessionChange(
        Kind kind,
        @Nullable String reason,
        @Nullable Instant previousStart,
        @Nullable Instant newStart,
        String summary,
        String changedBy,
        Instant changedAt) {

    /** When it was changed, in Vietnam's time. */
    public java.time.ZonedDateTime localChangedAt() {
        return changedAt.atZone(vn.hdndso.shared.VnTime.ZONE);
    }

    /** The longest reason kept. */
    public static final int MAX_REASON = 1000;

    /** What kind of change. */
    public enum Kind {
        EDITED,
        POSTPONED,
        CANCELLED,
        ITEM_REMOVED;

        public String messageKey() {
            return "sessionchanges.kind." + name();
        }
    }

    /**
     * The reason given for a postponement, a cancellation or a re-opened vote: required, at most
     * {@link #MAX_REASON} characters, normalised.
     */
    public static String requireReason(@Nullable String reason) {
        String clean = reason == null ? "" : VnText.normalize(reason);
        if (clean.isEmpty()) {
            throw InvalidInputException.of("reason", "sessionchanges.reason.required");
        }
        if (clean.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "sessionchanges.reason.tooLong", MAX_REASON);
        }
        return clean;
    }
}
