package vn.hdndso.councils;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.hdndso.shared.CouncilId;

/**
 * The delegates of a council: registered in the current term, their details kept up to date,
 * their mandate ended early where that happens. Contact details are personal data: only the
 * council's staff see them (row-level security), and every read leaves an audit entry.
 */
public interface Delegates {

    /** The delegates of the current term, active first, by name. */
    List<Delegate> ofCurrentTerm(CouncilId council);

    /** Delegates of the current term whose name holds every word of the query, with or without diacritics. */
    List<Delegate> search(CouncilId council, String query);

    Delegate require(CouncilId council, DelegateId id);

    /** Registers a delegate in the council's current term. */
    Delegate register(CouncilId council, NewDelegate delegate);

    /**
     * Links an account to a delegate of the council's current term whose mandate runs, so that one
     * person is one delegate.
     *
     * @throws vn.hdndso.shared.NotFoundException if the council has no such delegate (another
     *     council's delegate included): 404
     * @throws vn.hdndso.shared.BusinessRuleException if the delegate already has an account, is not
     *     of the current term or their mandate has ended: 409
     */
    Delegate linkAccount(CouncilId council, DelegateId id, java.util.UUID userId);

    /**
     * Changes a delegate's details: {@code change} gets the current ones (contact included) and
     * returns the new ones. Only the names of changed fields go to the audit trail.
     */
    Delegate edit(CouncilId council, DelegateId id, UnaryOperator<DelegateDetails> change);

    /** Ends a delegate's mandate; the seats they held end on the same day. */
    Delegate endMandate(CouncilId council, DelegateId id, MandateEnd end);

    /**
     * A delegate's contact details, for the council's staff. The read is written to the audit
     * trail (in the same transaction, hence not read-only) whether or not any details are on file.
     */
    Optional<DelegateContact> readContact(CouncilId council, DelegateId id);
}
