package vn.hdndso.notifications.internal;

import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/** Where the Zalo adapter gets a council's OA access token, and a fresh one when Zalo refuses it. */
interface ZaloAccessTokens {

    /** The token to send with now; {@link Answer.Missing} when the council has none. */
    Answer current(CouncilId council);

    /**
     * A renewed token after Zalo refused {@code rejected} as invalid or expired; null when this
     * installation cannot renew the council's token (a fixed token: the operator renews it).
     */
    @Nullable
    Answer renewedAfter(CouncilId council, String rejected);

    /** A token, or why there is none (a reason in Vietnamese; {@code passing}: worth trying later). */
    sealed interface Answer {

        record Token(String value) implements Answer {
            @Override
            public String toString() {
                return "Token[***]"; // never in a log
            }
        }

        record Missing(String reason, boolean passing) implements Answer {}
    }
}
