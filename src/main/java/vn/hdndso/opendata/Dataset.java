package vn.hdndso.opendata;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A dataset of a council: its description (DCAT's title, description, source, period, licence,
 * theme, update frequency), its versions and which of them the public sees.
 *
 * @param latestVersion the newest imported version (0 before the first import)
 * @param publishedVersion the version the public sees, null while unpublished
 * @param publishedAt when the dataset was first published (the explicit act)
 * @param updatedAt the last change of data or description (DCAT modified)
 */
public record Dataset(
        DatasetId id,
        CouncilId council,
        String title,
        String description,
        String source,
        String period,
        String licence,
        DatasetTheme theme,
        UpdateFrequency updateFrequency,
        int latestVersion,
        @Nullable Integer publishedVersion,
        @Nullable Instant publishedAt,
        Instant updatedAt,
        boolean demo,
        Instant createdAt) {

    public boolean isPublished() {
        return publishedVersion != null;
    }

    /** Whether a newer version than the public one waits to be published. */
    public boolean hasUnpublishedVersion() {
        return latestVersion > 0 && (publishedVersion == null || publishedVersion < latestVersion);
    }
}
