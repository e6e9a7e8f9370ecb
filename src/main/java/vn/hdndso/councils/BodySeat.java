package vn.hdndso.councils;

import java.util.Comparator;
import vn.hdndso.shared.VnText;

/** A delegate's seat in a body, with both sides at hand. */
public record BodySeat(CouncilBody body, Delegate delegate, MembershipRole role) {

    /** Bodies in their order, then leading roles first, then delegates by name. */
    public static final Comparator<BodySeat> ORDER = Comparator.comparing(BodySeat::body, CouncilBody.ORDER)
            .thenComparing(BodySeat::role)
            .thenComparing(s -> VnText.fold(s.delegate().fullName()));
}
