package vn.hdndso.documents.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.hdndso.documents.DocumentType;

/**
 * Which document types are restricted ("không công khai") unless the clerk says otherwise: the
 * table {@code hdnd.documents.visibility.not-public-types} of type codes ({@code
 * HDND_DOCUMENTS_VISIBILITY_NOT_PUBLIC_TYPES}). By default internal papers: notices (TB), letters
 * of introduction, leave, authorisation, and the slips that travel with documents; resolutions,
 * plans, reports and the rest are public.
 */
@ConfigurationProperties("hdnd.documents.visibility")
record VisibilityDefaults(@Nullable List<String> notPublicTypes) {

    static final List<String> DEFAULT_NOT_PUBLIC = List.of("TB", "GGT", "GNP", "GUQ", "PG", "PC", "PB");

    boolean restrictedByDefault(DocumentType type) {
        return codes().contains(type.code());
    }

    /** The table as configured: every type with its default. */
    Set<String> codes() {
        List<String> configured = notPublicTypes == null ? DEFAULT_NOT_PUBLIC : notPublicTypes;
        return configured.stream()
                .map(code -> DocumentType.byCode(code).map(DocumentType::code).orElse(code.strip()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
