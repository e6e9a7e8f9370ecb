package vn.hdndso.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Preference;
import vn.hdndso.notifications.Recipient;

/**
 * Where a notice goes: a voter's one contact as given (in Vietnamese); a person with an account through
 * each channel their preferences accept and their account has an address for (e-mail, phone; web push
 * reaches the account itself), in their language. An opted-out or disabled account gets nothing.
 */
@Component
class RecipientTargets {

    private final PreferenceRepository preferences;
    private final AccountAddresses addresses;

    RecipientTargets(PreferenceRepository preferences, AccountAddresses addresses) {
        this.preferences = preferences;
        this.addresses = addresses;
    }

    List<Target> of(Notice notice) {
        return switch (notice.recipient()) {
            case Recipient.Contact contact ->
                contact.address().isBlank()
                        ? List.of()
                        : List.of(new Target(
                                null, contact.channel(), contact.address().strip(), "vi"));
            case Recipient.Account account -> ofAccount(notice, account);
        };
    }

    private List<Target> ofAccount(Notice notice, Recipient.Account recipient) {
        UserAccount account =
                addresses.of(notice.council(), recipient.accountId()).orElse(null);
        if (account == null || !account.enabled()) {
            return List.of();
        }
        Preference preference = preferences.find(recipient.accountId()).orElse(Preference.DEFAULT);
        List<Target> targets = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            String address = address(account, channel);
            if (address != null && preference.accepts(channel)) {
                targets.add(new Target(recipient.accountId(), channel, address, preference.language()));
            }
        }
        return targets;
    }

    private static @Nullable String address(UserAccount account, Channel channel) {
        return switch (channel) {
            case EMAIL -> blankToNull(account.email());
            case SMS -> blankToNull(account.phone());
            case WEB_PUSH -> account.id().value().toString();
            case ZALO -> null; // an account has no Zalo follower id
        };
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
