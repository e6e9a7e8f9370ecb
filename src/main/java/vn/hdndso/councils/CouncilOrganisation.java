package vn.hdndso.councils;

import java.util.List;
import java.util.Optional;
import vn.hdndso.shared.CouncilId;

/**
 * A council's organisation as a whole: terms, bodies with their seats, delegates and executive
 * units. Runs under the caller's tenant scope: public callers see what is public, staff see their
 * own council, nobody sees another's. Changes go through {@link Terms}, {@link CouncilBodies},
 * {@link Memberships}, {@link Delegates} and {@link ExecutiveUnits}.
 */
public interface CouncilOrganisation {

    Optional<Term> currentTerm(CouncilId council);

    List<Term> terms(CouncilId council);

    /** The delegates of the current term, active first, by name. */
    List<Delegate> currentDelegates(CouncilId council);

    Delegate requireDelegate(CouncilId council, DelegateId id);

    List<ExecutiveUnit> executiveUnits(CouncilId council);

    /** The council's public home: current term, its bodies with their members, its delegates. */
    CouncilProfile profile(CouncilId councilId);

    /** Registers a delegate in the council's current term (see {@link Delegates#register}). */
    Delegate registerDelegate(CouncilId council, NewDelegate delegate);

    /** Links an account to an existing delegate (see {@link Delegates#linkAccount}). */
    Delegate linkDelegate(CouncilId council, DelegateId id, java.util.UUID userId);
}
