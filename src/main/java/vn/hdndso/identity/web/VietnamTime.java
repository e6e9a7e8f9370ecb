package vn.hdndso.identity.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.VnTime;

/** Instants as people in Vietnam read them: {@code dd/MM/yyyy HH:mm}, Asia/Ho_Chi_Minh. */
final class VietnamTime {

    static final VietnamTime INSTANCE = new VietnamTime();
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VnTime.ZONE);

    private VietnamTime() {}

    /** The time, or a dash when there is none. */
    public String of(@Nullable Instant instant) {
        return instant == null ? "—" : MINUTES.format(instant);
    }
}
