package vn.hdndso.opendata;

import java.util.UUID;

/** Identifies a dataset. */
public record DatasetId(UUID value) {

    public static DatasetId random() {
        return new DatasetId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
