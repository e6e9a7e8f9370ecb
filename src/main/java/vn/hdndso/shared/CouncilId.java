package vn.hdndso.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a council (a tenant of the installation). */
public record CouncilId(UUID value) implements java.io.Serializable {

    public CouncilId {
        Objects.requireNonNull(value, "value");
    }

    public static CouncilId of(String value) {
        return new CouncilId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
