package vn.hdndso.documents.edxml;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of edXML exchange.
 *
 * @param organId each council's OrganId (mã định danh cơ quan, 13 characters such as {@code
 *     000.00.00.H30}) by its administrative-unit code: {@code hdnd.edxml.organ-id.11140=…}. The
 *     codes are assigned by the competent authority; a council without one cannot export edXML.
 */
@ConfigurationProperties("hdnd.edxml")
public record EdxmlProperties(@Nullable Map<String, String> organId) {

    public EdxmlProperties {
        organId = organId == null ? Map.of() : Map.copyOf(organId);
        organId.forEach((council, id) -> {
            if (!id.matches(EdxmlFormat.ORGAN_ID_PATTERN)) {
                throw new IllegalArgumentException("hdnd.edxml.organ-id." + council + "=" + id
                        + ": an OrganId has 13 characters like 000.00.00.H30");
            }
        });
    }

    /** The OrganId configured for the council with this administrative-unit code. */
    public Optional<String> organIdOf(String councilCode) {
        return Optional.ofNullable(organId().get(councilCode));
    }

    /** The council code an OrganId is configured for, if it is one of ours. */
    public Optional<String> councilCodeOf(String organId) {
        return organId().entrySet().stream()
                .filter(e -> e.getValue().equals(organId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public Map<String, String> organId() {
        return organId == null ? Map.of() : organId;
    }
}
