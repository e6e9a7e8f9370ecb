package vn.hdndso.files;

import java.util.Objects;
import java.util.UUID;

/** Identifies a file in a council's registry. */
public record StoredFileId(UUID value) {

    public StoredFileId {
        Objects.requireNonNull(value, "value");
    }

    public static StoredFileId of(String value) {
        return new StoredFileId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
