package vn.hdndso.opendata.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request failed in Open311's terms: its HTTP status and the descriptions to list. */
final class Open311Problem extends RuntimeException {

    private final HttpStatus status;
    private final List<String> descriptions;

    Open311Problem(HttpStatus status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    HttpStatus status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
