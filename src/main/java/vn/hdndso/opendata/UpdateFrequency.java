package vn.hdndso.opendata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * How often a dataset is to be brought up to date (DCAT's accrual periodicity, declared by the
 * clerk): a dataset is current while its newest published version is no older than that.
 */
public enum UpdateFrequency {
    MONTHLY(1, "MONTHLY"),
    QUARTERLY(3, "QUARTERLY"),
    HALF_YEARLY(6, "ANNUAL_2"),
    ANNUAL(12, "ANNUAL");

    private final int months;
    private final String euFrequency;

    UpdateFrequency(int months, String euFrequency) {
        this.months = months;
        this.euFrequency = euFrequency;
    }

    /** The DCAT-AP frequency URI (EU vocabulary; {@code ANNUAL_2} is semi-annual). */
    public String euFrequencyUri() {
        return "http://publications.europa.eu/resource/authority/frequency/" + euFrequency;
    }

    /** The schedule of a dataset nobody declared one for: budgets and plans are yearly. */
    public static final UpdateFrequency DEFAULT = ANNUAL;

    /** Whether data last published on {@code lastPublished} is still within its schedule on {@code day}. */
    public boolean isCurrent(LocalDate lastPublished, LocalDate day) {
        return !lastPublished.plusMonths(months).isBefore(day);
    }

    public String messageKey() {
        return "opendata.updateFrequency." + name();
    }

    public static Optional<UpdateFrequency> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }
}
