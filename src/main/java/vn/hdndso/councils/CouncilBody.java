package vn.hdndso.councils;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/**
 * The standing committee, a committee (Ban) or a delegate group (Tổ đại biểu) of a term.
 *
 * @param symbol the issuer symbol it uses on documents ("TTHĐND"), if it issues any
 * @param position its place among the bodies of its kind
 */
public record CouncilBody(
        UUID id,
        CouncilId councilId,
        UUID termId,
        BodyKind kind,
        String name,
        @Nullable String symbol,
        @Nullable String description,
        int position) {

    /** Standing committee, committees, delegate groups; each kind by position, then name. */
    public static final Comparator<CouncilBody> ORDER = Comparator.comparing(CouncilBody::kind)
            .thenComparingInt(CouncilBody::position)
            .thenComparing(b -> VnText.fold(b.name()));

    public static final String STANDING_COMMITTEE_NAME = "Thường trực Hội đồng nhân dân";
    public static final String STANDING_COMMITTEE_SYMBOL = "TTHĐND";

    /** The standing committee every term has from its first day. */
    public static CouncilBody standingCommitteeOf(Term term) {
        return new CouncilBody(
                UUID.randomUUID(),
                term.councilId(),
                term.id(),
                BodyKind.STANDING_COMMITTEE,
                STANDING_COMMITTEE_NAME,
                STANDING_COMMITTEE_SYMBOL,
                null,
                0);
    }

    /** The same body with the details a clerk edits. */
    public CouncilBody with(BodyDetails details) {
        return new CouncilBody(
                id, councilId, termId, kind, details.name(), details.symbol(), details.description(), position);
    }

    /** The roles a delegate can hold in this body. */
    public List<MembershipRole> roles() {
        return kind.roles();
    }
}
