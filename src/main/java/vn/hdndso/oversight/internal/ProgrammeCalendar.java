package vn.hdndso.oversight.internal;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The Law 87/2015 calendar of a year's oversight programme: proposals by a day of the year before,
 * adoption at the mid-year session of the year before, results at the mid-year session of the year
 * after.
 */
record ProgrammeCalendar(MonthDay proposalsBy, MonthDay adoptionBy, MonthDay resultsBy) {

    LocalDate proposalsDue(int year) {
        return proposalsBy.atYear(year - 1);
    }

    LocalDate adoptionDue(int year) {
        return adoptionBy.atYear(year - 1);
    }

    LocalDate resultsDue(int year) {
        return resultsBy.atYear(year + 1);
    }

    /** A proposal made after the day proposals were due is kept and marked late. */
    boolean lateProposal(int year, LocalDate proposedOn) {
        return proposedOn.isAfter(proposalsDue(year));
    }
}
