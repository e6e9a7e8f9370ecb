package vn.hdndso.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Vietnam's time, the one zone every council works in (UTC+7, no daylight saving). Code that needs
 * "now" or "today" takes the application's {@link Clock} bean (zoned here, see {@link TimeConfiguration})
 * so that tests can fix the date; this class only names the zone.
 */
public final class VnTime {

    /** The zone's identifier, for annotations such as {@code @Scheduled(zone = VnTime.ZONE_ID)}. */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private VnTime() {}

    /** Today's date in Vietnam by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
