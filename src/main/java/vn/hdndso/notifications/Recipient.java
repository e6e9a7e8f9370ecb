package vn.hdndso.notifications;

import java.util.Objects;
import java.util.UUID;

/** Who a notice is for: a person with an account (reached by their own preferences) or a bare contact. */
public sealed interface Recipient {

    /**
     * A person with an account (delegate, clerk, officer): reached through the channels their
     * preferences allow, in their language, at the addresses on their account.
     */
    record Account(UUID accountId) implements Recipient {
        public Account {
            Objects.requireNonNull(accountId, "accountId");
        }
    }

    /**
     * A person without an account (a voter who sent a petition): reached only through the one contact
     * they gave and consented to, in Vietnamese.
     */
    record Contact(Channel channel, String address) implements Recipient {
        public Contact {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(address, "address");
        }
    }
}
