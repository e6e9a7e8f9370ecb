package vn.hdndso.documents;

import java.util.Objects;
import java.util.UUID;

public record IncomingDocumentId(UUID value) {

    public IncomingDocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static IncomingDocumentId random() {
        return new IncomingDocumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
