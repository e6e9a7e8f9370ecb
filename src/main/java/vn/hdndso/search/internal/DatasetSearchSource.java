package vn.hdndso.search.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetPublished;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.search.SearchItem;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;

/**
 * The open data module's published datasets ({@code dataset}: title, description, source,
 * period; the theme is the {@code field} filter), public at the dataset's page. A dataset
 * nobody published yet is not indexed.
 */
@Component
class DatasetSearchSource implements SearchSource {

    static final String DATASET = "dataset";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Datasets datasets;
    private final Councils councils;
    private final SearchIndexer indexer;
    private final SearchChangeLog changes;
    private final MessageSource messages;

    DatasetSearchSource(
            Datasets datasets,
            Councils councils,
            SearchIndexer indexer,
            SearchChangeLog changes,
            MessageSource messages) {
        this.datasets = datasets;
        this.councils = councils;
        this.indexer = indexer;
        this.changes = changes;
        this.messages = messages;
    }

    @Override
    public Set<String> types() {
        return Set.of(DATASET);
    }

    @Override
    public Set<String> changeKinds() {
        return Set.of(DATASET);
    }

    @EventListener
    void on(DatasetPublished event) {
        changes.record(event.council(), DATASET, event.dataset().toString());
    }

    @Override
    public void reload(SearchChangeLog.Change change) {
        var council = change.council();
        var dataset = new DatasetId(java.util.UUID.fromString(change.id()));
        indexer.refresh(council, SearchItem.key(DATASET, change.id()), () -> {
            try {
                return java.util.Optional.of(datasets.require(council, dataset))
                        .filter(Dataset::isPublished)
                        .map(d -> item(councils.require(council), d));
            } catch (NotFoundException gone) {
                return java.util.Optional.empty();
            }
        });
    }

    @Override
    public void forEach(Council council, Consumer<SearchItem> sink) {
        for (Dataset d : datasets.list(council.id())) {
            if (d.isPublished()) {
                sink.accept(item(council, d));
            }
        }
    }

    private SearchItem item(Council council, Dataset d) {
        String theme =
                messages.getMessage(d.theme().messageKey(), null, d.theme().name(), VIETNAMESE);
        String text = String.join("\n", d.description(), d.source(), d.period(), theme)
                .strip();
        var published = d.publishedAt() == null ? d.updatedAt() : d.publishedAt();
        return new SearchItem(
                DATASET,
                d.id().toString(),
                council.id(),
                d.title(),
                text,
                LocalDate.ofInstant(published, VnTime.ZONE),
                theme,
                true,
                Set.of(),
                "/" + council.slug() + "/du-lieu-mo/" + d.id());
    }
}
