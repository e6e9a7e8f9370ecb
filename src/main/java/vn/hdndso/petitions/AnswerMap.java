package vn.hdndso.petitions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.hdndso.shared.CouncilId;

/**
 * The public map of a council's published answers. Only what the list of published answers shows
 * leaves the office: the de-identified title, field, class of answer, date and number of voters,
 * at one point per issue — the mean of the points its voters placed inside the council's area,
 * rounded (by default to 0.001°, about 100 m) so that no voter's own point is shown.
 */
public interface AnswerMap {

    /** The tile server and its attribution, as configured for the installation. */
    record Tiles(String urlTemplate, String attribution, int maxZoom) {}

    /** One published answer on the map. */
    record Marker(
            UUID issueId,
            String title,
            String field,
            AnswerClass answerClass,
            Instant publishedAt,
            int petitionCount,
            double latitude,
            double longitude) {}

    /** The council's area and its published answers that have a place. */
    record View(MapArea area, List<Marker> markers) {}

    View view(CouncilId council);

    /** The area points are checked against (a point outside is kept and flagged). */
    MapArea area(CouncilId council);

    Tiles tiles();
}
