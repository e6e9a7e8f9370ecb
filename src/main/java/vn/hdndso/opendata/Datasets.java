package vn.hdndso.opendata;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * The datasets of a council: description, versions, explicit publishing and reading rows. Runs
 * in the caller's tenant scope: the public sees published datasets and their published versions
 * only (row-level security), staff see everything of their council.
 */
public interface Datasets {

    /** A new, unpublished dataset without data; problems are reported together, per field. */
    Dataset create(CouncilId council, DatasetDescription description);

    /** As {@link #create(CouncilId, DatasetDescription)}, labelled as demo content when {@code demo}. */
    Dataset create(CouncilId council, DatasetDescription description, boolean demo);

    /** A new description of a dataset (title, source, period, licence, theme). */
    Dataset describe(CouncilId council, DatasetId id, DatasetDescription description);

    Dataset require(CouncilId council, DatasetId id);

    /** A dataset as the public sees it: published, or not found. */
    Dataset requirePublished(CouncilId council, DatasetId id);

    /** The datasets the scope may see, newest change first. */
    List<Dataset> list(CouncilId council);

    List<Dataset> published(CouncilId council);

    /**
     * Every published dataset of the installation, for the city-wide catalogue. The caller runs it
     * in a cross-council scope ({@code TenantScope.allCouncils}); only published ones are returned.
     */
    List<Dataset> publishedEverywhere();

    List<DatasetVersion> versions(CouncilId council, DatasetId id);

    DatasetVersion version(CouncilId council, DatasetId id, int number);

    /** The version the public sees. */
    DatasetVersion publishedVersion(CouncilId council, DatasetId id);

    /**
     * Publishes the newest version: from now on the public sees it (and every earlier published
     * version stays available). The moment is recorded; publishing what is already public is
     * refused.
     */
    Dataset publish(CouncilId council, DatasetId id);

    /** A page of a version's rows sorted by the column with {@code sortKey} (null: file order). */
    Page<DataRow> rows(
            CouncilId council,
            DatasetId id,
            int versionNumber,
            @Nullable String sortKey,
            boolean descending,
            Page.Request request);

    /** Every row of a version in file order (downloads). */
    void eachRow(CouncilId council, DatasetId id, int versionNumber, Consumer<DataRow> sink);
}
