package vn.hdndso.notifications;

import vn.hdndso.shared.CouncilId;

/**
 * A voter withdrew their consent (their personal data was anonymised): nothing still waiting for their
 * contact is sent. Call it in the transaction that records the withdrawal.
 */
public interface ConsentWithdrawals {

    /** Fails every message to the contact that is not sent yet; answers how many. */
    int withdrawn(CouncilId council, Recipient.Contact contact);
}
