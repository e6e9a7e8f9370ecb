package vn.hdndso.notifications.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.notifications.Channel;

/** One channel address a notice goes to, in the recipient's language. */
record Target(@Nullable UUID accountId, Channel channel, String address, String language) {}
