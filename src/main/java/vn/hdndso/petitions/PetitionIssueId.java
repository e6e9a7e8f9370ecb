package vn.hdndso.petitions;

import java.util.Objects;
import java.util.UUID;

/** Identifies a petition issue (one request, however many voters raised it). */
public record PetitionIssueId(UUID value) {

    public PetitionIssueId {
        Objects.requireNonNull(value, "value");
    }

    public static PetitionIssueId random() {
        return new PetitionIssueId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
