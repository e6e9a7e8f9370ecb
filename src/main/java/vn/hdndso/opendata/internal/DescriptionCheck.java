package vn.hdndso.opendata.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.opendata.OpenDataProperties;
import vn.hdndso.opendata.UpdateFrequency;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * A clerk's description of a dataset checked and normalised: title required, lengths limited,
 * the licence defaulting to the installation's, the theme one of {@link DatasetTheme}, the update frequency one of {@link UpdateFrequency} (yearly unless given). Problems
 * are reported together, per field.
 */
final class DescriptionCheck {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4000;

    private final OpenDataProperties settings;
    private final Clock clock;

    DescriptionCheck(OpenDataProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The dataset as described, without data and unpublished; updated now. */
    Dataset checked(CouncilId council, DatasetId id, DatasetDescription d, boolean demo, Instant createdAt) {
        var problems = new InvalidInputException.Collector();
        String title = VnText.normalize(orEmpty(d.title()));
        if (title.isEmpty()) {
            problems.add("title", "opendata.title.required");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title", "opendata.field.tooLong", MAX_TITLE);
        }
        String given = d.description();
        String description = given == null ? "" : Normalizer.normalize(given.strip(), Normalizer.Form.NFC);
        if (description.length() > MAX_DESCRIPTION) {
            problems.add("description", "opendata.field.tooLong", MAX_DESCRIPTION);
        }
        String source = VnText.normalize(orEmpty(d.source()));
        if (source.length() > 500) {
            problems.add("source", "opendata.field.tooLong", 500);
        }
        String period = VnText.normalize(orEmpty(d.period()));
        if (period.length() > 100) {
            problems.add("period", "opendata.field.tooLong", 100);
        }
        String licence = VnText.normalize(orEmpty(d.licence()));
        if (licence.isEmpty()) {
            licence = settings.licence();
        } else if (licence.length() > 200) {
            problems.add("licence", "opendata.field.tooLong", 200);
        }
        DatasetTheme theme = DatasetTheme.OTHER;
        String themeName = d.theme();
        if (themeName != null && !themeName.isBlank()) {
            var found = DatasetTheme.byName(themeName.strip());
            if (found.isEmpty()) {
                problems.add("theme", "opendata.theme.unknown", themeName);
            } else {
                theme = found.get();
            }
        }
        UpdateFrequency frequency = UpdateFrequency.DEFAULT;
        String frequencyName = d.updateFrequency();
        if (frequencyName != null && !frequencyName.isBlank()) {
            var found = UpdateFrequency.byName(frequencyName.strip());
            if (found.isEmpty()) {
                problems.add("updateFrequency", "opendata.updateFrequency.unknown", frequencyName);
            } else {
                frequency = found.get();
            }
        }
        problems.throwIfAny();
        return new Dataset(
                id,
                council,
                title,
                description,
                source,
                period,
                licence,
                theme,
                frequency,
                0,
                null,
                null,
                Instant.now(clock),
                demo,
                createdAt);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
