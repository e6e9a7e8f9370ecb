package vn.hdndso.petitions.internal;

import java.util.Set;

/**
 * How alike two petitions are for grouping: the cosine of their word fingerprints, taken after each
 * place's kind word is made the same ("phố Lê Lợi" reads as "đường Lê Lợi"), and halved when they
 * name different places of the same kind ("thôn Đông" and "thôn Tây"), so the same complaint about
 * two places is at most suggested to the clerk, never grouped by itself.
 */
final class Likeness {

    /** What naming different places leaves of the words' similarity. */
    static final double DIFFERENT_PLACES = 0.5;

    private Likeness() {}

    /** A petition read for grouping: its fingerprint and the places it names. */
    record Profile(Set<String> fingerprint, Set<PlaceNames.Place> places) {

        static Profile of(String text) {
            PlaceNames.Reading reading = PlaceNames.read(text);
            return new Profile(TextFeatures.fingerprint(reading.canonical()), reading.places());
        }
    }

    /** 0 (nothing shared) to 1 (the same request about the same place). */
    static double between(Profile a, Profile b) {
        double words = TextFeatures.similarity(a.fingerprint(), b.fingerprint());
        return PlaceNames.conflict(a.places(), b.places()) ? words * DIFFERENT_PLACES : words;
    }

    static double between(String a, String b) {
        return between(Profile.of(a), Profile.of(b));
    }
}
