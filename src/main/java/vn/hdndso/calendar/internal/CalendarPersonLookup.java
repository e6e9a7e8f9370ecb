package vn.hdndso.calendar.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.calendar.CalendarPeople;
import vn.hdndso.calendar.CalendarPerson;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.Delegates;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.CurrentUser;

@Component
class CalendarPersonLookup implements CalendarPeople {

    private final AccountAssignments assignments;
    private final Delegates delegates;

    CalendarPersonLookup(AccountAssignments assignments, Delegates delegates) {
        this.assignments = assignments;
        this.delegates = delegates;
    }

    @Override
    @Transactional(readOnly = true)
    public CalendarPerson of(CurrentUser account, Council council) {
        boolean own = account.council().equals(council.id());
        AccountAssignment assignment = own ? assignments.of(council.id(), account.id()) : AccountAssignment.NONE;
        var delegate = own
                ? delegates.ofCurrentTerm(council.id()).stream()
                        .filter(d -> account.id().value().equals(d.userId()))
                        .map(Delegate::id)
                        .findFirst()
                        .orElse(null)
                : null;
        return new CalendarPerson(account, council.id(), council.slug(), assignment, delegate);
    }
}
