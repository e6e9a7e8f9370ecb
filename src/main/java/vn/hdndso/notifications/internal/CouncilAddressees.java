package vn.hdndso.notifications.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateContact;
import vn.hdndso.councils.Delegates;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.councils.Memberships;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserAccounts;
import vn.hdndso.notifications.Addressee;
import vn.hdndso.notifications.Addressees;
import vn.hdndso.notifications.Channel;
import vn.hdndso.notifications.Recipient;
import vn.hdndso.shared.CouncilId;

/** {@link Addressees} from the council's records: delegates, units, bodies and accounts. */
@Component
class CouncilAddressees implements Addressees {

    private final Delegates delegates;
    private final ExecutiveUnits units;
    private final Memberships memberships;
    private final UserAccounts accounts;
    private final AccountAssignments assignments;

    CouncilAddressees(
            Delegates delegates,
            ExecutiveUnits units,
            Memberships memberships,
            UserAccounts accounts,
            AccountAssignments assignments) {
        this.delegates = delegates;
        this.units = units;
        this.memberships = memberships;
        this.accounts = accounts;
        this.assignments = assignments;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Addressee> ofDelegate(CouncilId council, Delegate delegate) {
        UUID account = delegate.userId();
        if (account != null) {
            return List.of(new Addressee(new Recipient.Account(account), "account:" + account));
        }
        Optional<DelegateContact> contact = delegates.readContact(council, delegate.id());
        return contact.flatMap(c -> contactOf(c.email(), c.phone()))
                .map(List::of)
                .orElse(List.of());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Addressee> ofExecutiveUnit(CouncilId council, UUID unitId) {
        List<Addressee> found = new ArrayList<>();
        for (UserAccount account : accounts.ofCouncil(council)) {
            if (account.enabled()
                    && account.has(Role.EXECUTIVE_OFFICER)
                    && unitId.equals(assignments.of(council, account.id()).executiveUnitId())) {
                UUID id = account.id().value();
                found.add(new Addressee(new Recipient.Account(id), "account:" + id));
            }
        }
        // looked up in the list, not required: a unit gone must not roll back the caller's transaction
        units.of(council).stream()
                .filter(u -> u.id().equals(unitId))
                .findFirst()
                .flatMap(unit -> contactOf(unit.email(), unit.phone()))
                .ifPresent(found::add);
        return found;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Addressee> ofCouncilBody(CouncilId council, UUID bodyId) {
        Map<String, Addressee> found = new LinkedHashMap<>();
        // the seats of the current term, filtered: a body gone must not roll back the caller's transaction
        for (BodySeat seat : memberships.ofCurrentTerm(council)) {
            if (seat.body().id().equals(bodyId) && seat.delegate().active()) {
                for (Addressee a : ofDelegate(council, seat.delegate())) {
                    found.putIfAbsent(a.key(), a);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** An e-mail address if there is one, otherwise a phone number: the contact on a record. */
    static Optional<Addressee> contactOf(@Nullable String email, @Nullable String phone) {
        if (email != null && email.contains("@")) {
            String address = email.strip();
            return Optional.of(new Addressee(
                    new Recipient.Contact(Channel.EMAIL, address), "email:" + address.toLowerCase(Locale.ROOT)));
        }
        if (phone != null && !phone.isBlank()) {
            String digits = phone.replaceAll("[^0-9+]", "");
            return digits.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Addressee(new Recipient.Contact(Channel.SMS, phone.strip()), "sms:" + digits));
        }
        return Optional.empty();
    }
}
