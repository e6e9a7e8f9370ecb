package vn.hdndso.petitions.internal;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.ZaloInbox;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The council's Zalo OA webhook: checks the signature with the OA's app id and secret key, then
 * registers a voter's text through the reception desk ({@link Petitions#submit}), which records the
 * Zalo consent and sends the tracking code back by the "received" message to {@code zalo:<user id>}.
 * The Zalo message id is the petition's source key: a delivery repeated, even at the same moment,
 * is one petition.
 */
@Component
class ZaloWebhook implements ZaloInbox {

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);

    private final ZaloAccounts accounts;
    private final Councils councils;
    private final Petitions petitions;
    private final PetitionRepository repository;
    private final TransactionTemplate transactions;

    ZaloWebhook(
            ZaloAccounts accounts,
            Councils councils,
            Petitions petitions,
            PetitionRepository repository,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.councils = councils;
        this.petitions = petitions;
        this.repository = repository;
        this.transactions = transactions;
    }

    @Override
    public Outcome receive(String slug, String body, @Nullable String signature) {
        Council council = councils.requireBySlug(slug);
        ZaloAccounts.Account account = accounts.of(slug).orElseThrow(() -> new NotFoundException("zalo.notConfigured"));
        String appId = Objects.requireNonNull(account.appId(), "checked by ZaloAccounts.of");
        String secret = Objects.requireNonNull(account.secretKey(), "checked by ZaloAccounts.of");
        Optional<ZaloEvent> parsed = ZaloEvent.parse(body);
        if (parsed.isEmpty()
                || !ZaloSignature.matches(signature, appId, body, parsed.get().timestamp(), secret)) {
            log.warn("Zalo webhook of {}: signature missing or wrong, event refused", slug);
            return new Outcome.Rejected();
        }
        ZaloEvent event = parsed.get();
        if (!appId.equals(event.appId())) {
            log.warn("Zalo webhook of {}: an event of another app ({}), refused", slug, event.appId());
            return new Outcome.Rejected();
        }
        if (!event.isVoterText()) {
            return new Outcome.Ignored(event.name());
        }
        if (registered(council.id(), NewPetition.zaloSourceKey(event.messageId()))) {
            return new Outcome.AlreadyRegistered();
        }
        try {
            var receipt = petitions.submit(
                    council.id(), NewPetition.fromZalo(event.text(), event.senderId(), event.messageId()));
            return new Outcome.Registered(receipt.trackingCode());
        } catch (DuplicateKeyException e) {
            return new Outcome.AlreadyRegistered(); // the same message delivered twice at once
        } catch (BusinessRuleException e) {
            if ("sourceKey".equals(e.field())) {
                return new Outcome.AlreadyRegistered();
            }
            throw e;
        }
    }

    private boolean registered(CouncilId council, String sourceKey) {
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> Boolean.TRUE.equals(
                        transactions.execute(status -> repository.sourceKeyTaken(council, sourceKey))));
    }
}
