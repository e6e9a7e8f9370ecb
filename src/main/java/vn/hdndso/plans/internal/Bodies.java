package vn.hdndso.plans.internal;

import java.util.EnumSet;
import java.util.Set;
import vn.hdndso.plans.ResponsibleBody;

/** The bodies a piece of a plan names, read from its folded words. */
final class Bodies {

    private static final double NAMED = 0.99;

    private static final Cues<ResponsibleBody> CUES = Cues.<ResponsibleBody>builder()
            .cue(ResponsibleBody.STANDING_COMMITTEE, "thuong truc hdnd", 1)
            .cue(ResponsibleBody.COMMITTEES, "cac ban hdnd", 1, "cac ban cua hdnd", 1)
            .cue(ResponsibleBody.ECONOMY_BUDGET_COMMITTEE, "ban kinh te ngan sach", 1, "ban kinh te xa hoi", 1)
            .cue(ResponsibleBody.CULTURE_SOCIAL_COMMITTEE, "ban van hoa xa hoi", 1)
            .cue(ResponsibleBody.DELEGATE_GROUPS, "to dai bieu", 1)
            .cue(ResponsibleBody.DELEGATES, "tung dai bieu", 1, "cac dai bieu", 1, "dai bieu hdnd", 1)
            .cue(ResponsibleBody.PEOPLES_COMMITTEE, "ubnd", 1, "uy ban nhan dan", 1)
            .cue(
                    ResponsibleBody.FATHERLAND_FRONT,
                    "mttq",
                    1,
                    "mat tran to quoc",
                    1,
                    "tran to quoc",
                    1,
                    "ubmttq",
                    1,
                    "ubmttqvn",
                    1)
            .build();

    private Bodies() {}

    /** Every body the text names in full. */
    static Set<ResponsibleBody> named(String text) {
        var found = EnumSet.noneOf(ResponsibleBody.class);
        CUES.scores(Skeleton.of(text)).forEach((body, score) -> {
            if (score >= NAMED) {
                found.add(body);
            }
        });
        if (found.contains(ResponsibleBody.DELEGATE_GROUPS) && !namesDelegatesApart(text)) {
            found.remove(ResponsibleBody.DELEGATES);
        }
        return found;
    }

    /** "tổ đại biểu HĐND" also reads as "đại biểu HĐND": count the delegates only when named apart. */
    private static boolean namesDelegatesApart(String text) {
        String words = " " + Skeleton.of(text).text() + " ";
        return words.replaceAll(" to dai bieu", " ").contains(" dai bieu ");
    }
}
