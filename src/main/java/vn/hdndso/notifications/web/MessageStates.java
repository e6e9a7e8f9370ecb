package vn.hdndso.notifications.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.hdndso.notifications.MessageState;
import vn.hdndso.shared.InvalidInputException;

/** The {@code ?state=} filter of the page and the API: empty for all, otherwise a state's name. */
final class MessageStates {

    private MessageStates() {}

    static @Nullable MessageState parse(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return MessageState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("state", "notify.state.invalid");
        }
    }
}
