package vn.hdndso.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.calendar.FeedSecret;
import vn.hdndso.calendar.PersonalFeeds;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

@Service
class PersonalFeedDesk implements PersonalFeeds {

    private final FeedTokenRepository tokens;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalFeedDesk(FeedTokenRepository tokens, TransactionTemplate transactions, Clock clock) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String issue(CouncilId council, UserId account) {
        Instant now = clock.instant();
        tokens.revoke(council, account, now);
        String token = FeedSecret.generate();
        tokens.insert(council, account, FeedSecret.hash(token), now);
        return token;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> activeSince(CouncilId council, UserId account) {
        return tokens.activeSince(council, account);
    }

    @Override
    @Transactional
    public boolean revoke(CouncilId council, UserId account) {
        return tokens.revoke(council, account, clock.instant()) > 0;
    }

    /** The link names no council, so the lookup is the one read across councils, by the hash alone. */
    @Override
    public Optional<Owner> resolve(String token) {
        if (!FeedSecret.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = FeedSecret.hash(token);
        // the scope reaches the database at the start of a transaction
        return Tenancy.call(
                new TenantScope.AllCouncils("personal calendar feed by its secret"),
                () -> Objects.requireNonNull(transactions.execute(status -> tokens.activeOwner(hash))));
    }
}
