package vn.hdndso.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentDrafted;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentIssued;
import vn.hdndso.documents.DocumentRecalled;
import vn.hdndso.documents.DocumentReceived;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.files.Files;
import vn.hdndso.search.SearchItem;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * The documents module's items: outgoing documents ({@code document}: public once issued; drafts,
 * documents in review and recalled ones are staff-only) and incoming documents ({@code incoming}:
 * staff-only), with the text extracted from their PDFs.
 */
@Component
class DocumentSearchSource implements SearchSource {

    static final String OUTGOING = "document";
    static final String INCOMING = "incoming";
    private static final int SLICE = 200;
    /** Who works with documents before they are public (as the documents pages require). */
    static final Set<String> DOCUMENT_STAFF = Set.of("CLERK", "COUNCIL_ADMIN");

    private final OutgoingDocuments outgoing;
    private final IncomingDocuments incoming;
    private final Files files;
    private final Councils councils;
    private final SearchIndexer indexer;
    private final SearchChangeLog changes;

    DocumentSearchSource(
            OutgoingDocuments outgoing,
            IncomingDocuments incoming,
            Files files,
            Councils councils,
            SearchIndexer indexer,
            SearchChangeLog changes) {
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.files = files;
        this.councils = councils;
        this.indexer = indexer;
        this.changes = changes;
    }

    @Override
    public Set<String> types() {
        return Set.of(OUTGOING, INCOMING);
    }

    @Override
    public Set<String> changeKinds() {
        return Set.of(OUTGOING, INCOMING);
    }

    @EventListener
    void on(DocumentDrafted event) {
        changes.record(event.council(), OUTGOING, event.document().toString());
    }

    @EventListener
    void on(DocumentIssued event) {
        changes.record(event.council(), OUTGOING, event.document().toString());
    }

    @EventListener
    void on(DocumentRecalled event) {
        changes.record(event.council(), OUTGOING, event.document().toString());
    }

    @EventListener
    void on(DocumentReceived event) {
        changes.record(event.council(), INCOMING, event.document().toString());
    }

    @Override
    public void reload(SearchChangeLog.Change change) {
        CouncilId council = change.council();
        UUID id = UUID.fromString(change.id());
        if (INCOMING.equals(change.kind())) {
            var document = new IncomingDocumentId(id);
            indexer.refresh(council, SearchItem.key(INCOMING, document.toString()), () -> {
                try {
                    return Optional.of(item(councils.require(council), incoming.require(council, document)));
                } catch (NotFoundException gone) {
                    return Optional.empty();
                }
            });
        } else {
            refresh(council, new DocumentId(id));
        }
    }

    private void refresh(CouncilId council, DocumentId id) {
        indexer.refresh(
                council,
                SearchItem.key(OUTGOING, id.toString()),
                () -> outgoing.find(council, id).map(d -> item(councils.require(council), d)));
    }

    @Override
    public void forEach(Council council, Consumer<SearchItem> sink) {
        for (int offset = 0; ; offset += SLICE) {
            List<OutgoingDocument> slice = outgoing.all(council.id(), offset, SLICE);
            slice.forEach(d -> sink.accept(item(council, d)));
            if (slice.size() < SLICE) {
                break;
            }
        }
        var everything = new IncomingDocuments.Filter(null, null, false, false, null);
        for (int page = 0; ; page++) {
            Page<IncomingDocument> slice = incoming.list(council.id(), everything, new Page.Request(page, SLICE));
            slice.items().forEach(d -> sink.accept(item(council, d)));
            if (slice.items().size() < SLICE) {
                break;
            }
        }
    }

    private SearchItem item(Council council, OutgoingDocument d) {
        boolean issued = d.isPublic(); // a restricted document is for the staff only
        String number = d.numberSymbol();
        String title = d.type().vietnameseName() + (number == null ? "" : " " + number) + ": " + d.subject();
        String body = files.textOf(council.id(), d.original().sha256()).orElse("");
        String text = String.join("\n", number == null ? "" : number, d.signerName(), body)
                .strip();
        LocalDate date = d.issue() != null ? d.issue().issueDate() : LocalDate.ofInstant(d.createdAt(), VnTime.ZONE);
        String url = issued
                ? "/" + council.slug() + "/van-ban/" + d.id()
                : "/app/councils/" + council.slug() + "/documents/" + d.id();
        return new SearchItem(
                OUTGOING,
                d.id().toString(),
                council.id(),
                title,
                text,
                date,
                d.type().vietnameseName(),
                issued,
                DOCUMENT_STAFF,
                url);
    }

    private SearchItem item(Council council, IncomingDocument d) {
        String title =
                d.type().vietnameseName() + " " + d.numberSymbol() + " (" + d.issuingBody() + "): " + d.subject();
        String body = files.find(council.id(), d.file().id())
                .map(f -> f.text() == null ? "" : f.text())
                .orElse("");
        String text = String.join("\n", d.numberSymbol(), d.issuingBody(), body).strip();
        return new SearchItem(
                INCOMING,
                d.id().toString(),
                council.id(),
                title,
                text,
                d.receivedOn(),
                d.type().vietnameseName(),
                false,
                DOCUMENT_STAFF,
                "/app/councils/" + council.slug() + "/documents/incoming/" + d.id());
    }
}
