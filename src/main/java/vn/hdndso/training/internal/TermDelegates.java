package vn.hdndso.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Delegates;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;

/** The delegates training is for: those of the council's current term whose mandate runs. */
@Component
class TermDelegates {

    private final Delegates delegates;

    TermDelegates(Delegates delegates) {
        this.delegates = delegates;
    }

    List<Delegate> active(CouncilId council) {
        return delegates.ofCurrentTerm(council).stream()
                .filter(Delegate::active)
                .toList();
    }

    /** A delegate of the current term whose mandate runs; any other is 404. */
    Delegate require(CouncilId council, DelegateId id) {
        return active(council).stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("training.delegate.notFound", id));
    }

    /** The delegate whose account this is, if any. */
    Optional<Delegate> ofUser(CouncilId council, UUID userId) {
        return active(council).stream().filter(d -> userId.equals(d.userId())).findFirst();
    }
}
