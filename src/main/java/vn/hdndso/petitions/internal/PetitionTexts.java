package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.petitions.Petition;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/** The module's handling of typed text: cleaning, lengths, titles and de-identification of petitions. */
final class PetitionTexts {

    static final int MAX_TITLE = 200;

    private PetitionTexts() {}

    static String clean(@Nullable String value) {
        return value == null ? "" : VnText.normalize(value);
    }

    /** The cleaned value, or null if empty; a problem for {@code field} if longer than {@code max}. */
    static @Nullable String optional(
            InvalidInputException.Collector problems, String field, @Nullable String value, int max) {
        String clean = clean(value);
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            problems.add(field, "petitions.field.tooLong", max);
        }
        return clean;
    }

    static List<String> names(Petition p) {
        return p.submitterName() == null ? List.of() : List.of(p.submitterName());
    }

    static List<String> addresses(Petition p) {
        return p.address() == null ? List.of() : List.of(p.address());
    }

    /** The petition's text without its sender's name, address, phone numbers and e-mail addresses. */
    static String deidentified(Petition p) {
        return Deidentifier.scrub(p.content(), names(p), addresses(p));
    }

    /** The petition as lists and other modules see it: no personal data, its text de-identified. */
    static Petition withoutPersonalData(Petition p) {
        return p.withoutPersonalData(deidentified(p));
    }

    /** Scrubs a text of every voter of an issue. */
    static String deidentified(String text, List<Petition> voters) {
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (Petition p : voters) {
            names.addAll(names(p));
            addresses.addAll(addresses(p));
        }
        return Deidentifier.scrub(text, names, addresses);
    }

    /** An issue's title from a petition's (de-identified) text: its first sentence, at most 200 characters. */
    static String title(String deidentifiedText) {
        String text = deidentifiedText;
        int end = text.length();
        for (int i = 40; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '\n') {
                end = i;
                break;
            }
        }
        String title = text.substring(0, end).strip();
        if (title.length() > MAX_TITLE) {
            int cut = title.lastIndexOf(' ', MAX_TITLE - 1);
            title = title.substring(0, cut > 100 ? cut : MAX_TITLE - 1) + "…";
        }
        return title;
    }

    static int letters(String content) {
        int letters = 0;
        for (int i = 0; i < content.length(); i++) {
            if (Character.isLetter(content.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
