package vn.hdndso.notifications.internal;

import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.notifications.NotificationPreferences;
import vn.hdndso.notifications.Preference;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** A person's own preferences, read and saved in their own council's scope (a change is audited). */
@Component
class PreferenceStore implements NotificationPreferences {

    private static final Set<String> LANGUAGES = Set.of("vi", "en");

    private final PreferenceRepository preferences;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    PreferenceStore(
            PreferenceRepository preferences, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.preferences = preferences;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public Preference of(CurrentUser me) {
        return Tenancy.call(
                TenantScope.staffOf(me.council()),
                () -> Objects.requireNonNull(transactions.execute(
                        tx -> preferences.find(me.id().value()).orElse(Preference.DEFAULT))));
    }

    @Override
    public Preference save(CurrentUser me, Preference preference) {
        if (!LANGUAGES.contains(preference.language())) {
            throw InvalidInputException.of("language", "notify.preference.language");
        }
        Tenancy.run(
                TenantScope.staffOf(me.council()),
                () -> transactions.executeWithoutResult(tx -> {
                    preferences.save(me.council(), me.id().value(), preference);
                    events.publishEvent(AuditEvent.of(me.council(), "notifications.preference.changed", "user", me.id())
                            .with("channels", preference.channels())
                            .with("optedOut", preference.optedOut())
                            .with("language", preference.language()));
                }));
        return preference;
    }
}
