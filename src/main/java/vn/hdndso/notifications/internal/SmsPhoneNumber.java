package vn.hdndso.notifications.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Vietnamese mobile number, the only kind a brand-name SMS reaches: ten digits starting 03, 05,
 * 07, 08 or 09 (the 2018 numbering plan). Accepts what people write — "0912 345 678",
 * "0912.345.678", "+84 912 345 678", "(+84) 912-345-678", "84912345678", "0084…" — and keeps the
 * national form.
 *
 * @param national the ten-digit national form, "0912345678"
 */
record SmsPhoneNumber(String national) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");

    SmsPhoneNumber {
        if (!MOBILE.matcher(national).matches()) {
            throw new IllegalArgumentException("not a Vietnamese mobile number: " + national);
        }
    }

    /** The number, or empty when the text is no Vietnamese mobile number. */
    static Optional<SmsPhoneNumber> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0084")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(new SmsPhoneNumber(digits)) : Optional.empty();
    }

    /** The international form without '+', as SMS gateways take it: "84912345678". */
    String international() {
        return "84" + national.substring(1);
    }
}
