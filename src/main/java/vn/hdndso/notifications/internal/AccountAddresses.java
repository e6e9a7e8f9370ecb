package vn.hdndso.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.shared.CouncilId;

/**
 * The e-mail address and phone number on a council's accounts, read once per transaction (the read is
 * audited by the identity module: the system read the council's contacts to send its notices).
 */
@Component
class AccountAddresses {

    private final UserAccounts accounts;

    AccountAddresses(UserAccounts accounts) {
        this.accounts = accounts;
    }

    Optional<UserAccount> of(CouncilId council, UUID accountId) {
        return Optional.ofNullable(ofCouncil(council).get(accountId));
    }

    private Map<UUID, UserAccount> ofCouncil(CouncilId council) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(council);
        }
        @SuppressWarnings("unchecked")
        Map<CouncilId, Map<UUID, UserAccount>> cache =
                (Map<CouncilId, Map<UUID, UserAccount>>) TransactionSynchronizationManager.getResource(this);
        if (cache == null) {
            Map<CouncilId, Map<UUID, UserAccount>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AccountAddresses.this);
                }
            });
            cache = fresh;
        }
        return cache.computeIfAbsent(council, this::read);
    }

    private Map<UUID, UserAccount> read(CouncilId council) {
        Map<UUID, UserAccount> byId = new HashMap<>();
        for (UserAccount account : accounts.ofCouncil(council)) {
            byId.put(account.id().value(), account);
        }
        return byId;
    }
}
