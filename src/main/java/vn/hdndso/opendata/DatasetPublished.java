package vn.hdndso.opendata;

import java.time.Instant;
import vn.hdndso.shared.CouncilEvent;
import vn.hdndso.shared.CouncilId;

/**
 * A dataset version became public (search indexing, feeds, KPI "days to publish").
 *
 * @param version the version now public (1, 2, …); earlier ones stay available
 * @param url the public page, relative to the site ("/lac-phuong/du-lieu-mo/…")
 */
public record DatasetPublished(
        CouncilId council,
        DatasetId dataset,
        int version,
        String title,
        String description,
        DatasetTheme theme,
        String url,
        long rowCount,
        Instant publishedAt)
        implements CouncilEvent {}
