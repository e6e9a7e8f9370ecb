package vn.hdndso.reports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reports module ({@code hdnd.reports}).
 *
 * @param dueSoonDays how many days before a round's deadline a body that has handed in nothing is
 *     reminded (default 3)
 */
@ConfigurationProperties("hdnd.reports")
record ReportsProperties(int dueSoonDays) {

    ReportsProperties {
        dueSoonDays = dueSoonDays <= 0 ? 3 : dueSoonDays;
    }
}
