package vn.hdndso.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.InvalidInputException;

/** The parts of the documents API's uploads: a JSON {@code metadata} part and a {@code file}. */
final class MultipartParts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MultipartParts() {}

    /** The {@code metadata} part read as {@code type}; unreadable JSON is a 400 naming the part. */
    static <T> T metadata(String metadata, Class<T> type) {
        try {
            return JSON.readValue(metadata, type);
        } catch (JacksonException e) {
            throw InvalidInputException.of("metadata", "documents.metadata.invalid");
        }
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
