package vn.hdndso.councils;

import java.util.Objects;
import java.util.UUID;

/** Identifies a delegate (đại biểu) of a council's term. */
public record DelegateId(UUID value) {

    public DelegateId {
        Objects.requireNonNull(value, "value");
    }

    public static DelegateId of(String value) {
        return new DelegateId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
