package vn.hdndso.petitions;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body an issue is sent to: a unit of the commune's People's Committee (by its id), a city
 * department or the city, or another agency (by name).
 */
public record ReceivingBody(
        CompetentBodyKind kind, @Nullable UUID executiveUnitId, String name) {

    /** The same desk: the same unit, or the same kind and name (case and spacing aside). */
    public boolean sameDeskAs(ReceivingBody other) {
        if (kind != other.kind) {
            return false;
        }
        if (kind == CompetentBodyKind.EXECUTIVE_UNIT) {
            return Objects.equals(executiveUnitId, other.executiveUnitId);
        }
        return normalised(name).equals(normalised(other.name));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
