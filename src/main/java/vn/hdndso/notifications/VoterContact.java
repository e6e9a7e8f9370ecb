package vn.hdndso.notifications;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one contact a voter gave with a petition (free text) as a channel and address: an e-mail address
 * (it contains '@'), a Zalo user id ({@code zalo:} and the id) or otherwise a phone number.
 */
public final class VoterContact {

    private static final String ZALO = "zalo:";
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{8,15}$");

    private VoterContact() {}

    /** The recipient for a petition's contact; empty when there is no usable contact. */
    public static Optional<Recipient.Contact> of(@Nullable String contact) {
        if (contact == null || contact.isBlank()) {
            return Optional.empty();
        }
        String text = contact.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith(ZALO)) {
            String id = text.substring(ZALO.length()).strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(new Recipient.Contact(Channel.ZALO, id));
        }
        if (text.contains("@")) {
            return Optional.of(new Recipient.Contact(Channel.EMAIL, text));
        }
        String phone = text.replaceAll("[\\s.()-]", "");
        return PHONE.matcher(phone).matches()
                ? Optional.of(new Recipient.Contact(Channel.SMS, phone))
                : Optional.empty();
    }
}
