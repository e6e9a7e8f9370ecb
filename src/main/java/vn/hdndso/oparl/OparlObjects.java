package vn.hdndso.oparl;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hdndso.councils.Council;

/**
 * A council's public data as OParl 1.1 objects (JSON maps in the spec's field names): the body,
 * its terms, organizations, memberships, persons, papers, files, meetings, agenda items and
 * locations. Reads run in the caller's tenant scope, which for {@code /oparl} is always the public
 * one: staff-only data (drafts, contact details, incoming documents) cannot appear.
 */
public interface OparlObjects {

    String SCHEMA = "https://schema.oparl.org/1.1/";

    /** Licence of the published data (the portal's open-data licence). */
    String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    Map<String, Object> body(Council council, OparlLinks links);

    List<Map<String, Object>> legislativeTerms(Council council, OparlLinks links);

    List<Map<String, Object>> organizations(Council council, OparlLinks links);

    List<Map<String, Object>> memberships(Council council, OparlLinks links);

    List<Map<String, Object>> persons(Council council, OparlLinks links);

    /**
     * Issued documents as papers, then recalled ones as deleted papers ({@code deleted: true}, as
     * OParl asks, so that an incremental sync removes them).
     */
    List<Map<String, Object>> papers(Council council, OparlLinks links);

    /** The signed PDFs of issued documents (recalled ones deleted) and the meetings' files. */
    List<Map<String, Object>> files(Council council, OparlLinks links);

    List<Map<String, Object>> meetings(Council council, OparlLinks links);

    List<Map<String, Object>> agendaItems(Council council, OparlLinks links);

    List<Map<String, Object>> locations(Council council, OparlLinks links);

    /** One object of a list by the last segment of its id. */
    static Optional<Map<String, Object>> find(
            List<Map<String, Object>> objects, String list, String id, OparlLinks links) {
        String wanted = links.of(list, id);
        return objects.stream().filter(o -> wanted.equals(o.get("id"))).findFirst();
    }

    /** When an object was created or last changed, if it says so. */
    static @Nullable Instant instant(Map<String, Object> object, String field) {
        Object value = object.get(field);
        return value instanceof String s ? java.time.OffsetDateTime.parse(s).toInstant() : null;
    }
}
