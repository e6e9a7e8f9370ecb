package vn.hdndso.notifications;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a person with an account wants to be reached.
 *
 * @param language {@code "vi"} (the default) or {@code "en"}
 * @param channels the channels they accept; each is used only where the account has an address
 * @param optedOut nothing at all is sent to them
 */
public record Preference(String language, Set<Channel> channels, boolean optedOut) {

    /** Without a choice of their own: Vietnamese, every channel. */
    public static final Preference DEFAULT = new Preference("vi", EnumSet.allOf(Channel.class), false);

    public Preference {
        Objects.requireNonNull(language, "language");
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    public boolean accepts(Channel channel) {
        return !optedOut && channels.contains(channel);
    }
}
