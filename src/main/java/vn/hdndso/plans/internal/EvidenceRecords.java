package vn.hdndso.plans.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentQuery;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.plans.EvidenceKind;
import vn.hdndso.plans.NewEvidence;
import vn.hdndso.plans.PlanTasks.EvidenceOption;
import vn.hdndso.plans.TaskEvidence;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.web.Page;

/**
 * Evidence checked against the modules that hold it: a document, session or dataset must exist in
 * the task's council (in the caller's tenant scope) and gives its own title; a training course is a
 * titled reference (the training module does not exist yet); a link is an http(s) address.
 */
@Component
class EvidenceRecords {

    static final int MAX_REFERENCE = 1000;
    static final int MAX_TITLE = 1000;
    private static final int OPTIONS = 10;

    private final OutgoingDocuments documents;
    private final Sessions sessions;
    private final Datasets datasets;

    EvidenceRecords(OutgoingDocuments documents, Sessions sessions, Datasets datasets) {
        this.documents = documents;
        this.sessions = sessions;
        this.datasets = datasets;
    }

    /** The evidence as it will be stored, or the problems of what was given. */
    TaskEvidence resolve(CouncilId council, NewEvidence evidence, String by, Instant at) {
        EvidenceKind kind = evidence.kind();
        if (kind == null) {
            throw InvalidInputException.of("kind", "tasks.evidence.kindRequired");
        }
        String reference = VnText.normalize(evidence.reference());
        String title = VnText.normalize(evidence.title());
        if (title.length() > MAX_TITLE) {
            throw InvalidInputException.of("title", "tasks.text.tooLong", MAX_TITLE);
        }
        if (reference.length() > MAX_REFERENCE) {
            throw InvalidInputException.of("reference", "tasks.text.tooLong", MAX_REFERENCE);
        }
        String resolvedTitle = switch (kind) {
            case DOCUMENT, SESSION, DATASET -> recordTitle(council, kind, reference);
            case COURSE -> {
                if (title.isEmpty()) {
                    throw InvalidInputException.of("title", "tasks.evidence.titleRequired");
                }
                if (reference.isEmpty()) {
                    reference = title;
                }
                yield title;
            }
            case LINK -> {
                if (!isWebAddress(reference)) {
                    throw InvalidInputException.of("reference", "tasks.evidence.badLink");
                }
                yield title.isEmpty() ? reference : title;
            }
        };
        return new TaskEvidence(UUID.randomUUID(), kind, reference, resolvedTitle, by, at);
    }

    private String recordTitle(CouncilId council, EvidenceKind kind, String reference) {
        UUID id = uuid(reference);
        if (id == null) {
            throw InvalidInputException.of("reference", "tasks.evidence.badId");
        }
        try {
            return switch (kind) {
                case DOCUMENT ->
                    documents
                            .find(council, new DocumentId(id))
                            .map(EvidenceRecords::documentTitle)
                            .orElseThrow(() -> new NotFoundException("tasks.evidence.notFound"));
                case SESSION -> sessions.require(council, new SessionId(id)).title();
                case DATASET -> datasets.require(council, new DatasetId(id)).title();
                default -> throw new IllegalArgumentException("not a record: " + kind);
            };
        } catch (NotFoundException unknown) {
            throw InvalidInputException.of("reference", "tasks.evidence.notFound." + kind.name());
        }
    }

    static String documentTitle(OutgoingDocument document) {
        String number = document.numberSymbol();
        return number == null ? document.subject() : number + " – " + document.subject();
    }

    /** The council's records of a kind whose title (or number) holds every word of the query. */
    List<EvidenceOption> options(CouncilId council, EvidenceKind kind, String query) {
        String q = VnText.normalize(query);
        UUID id = uuid(q);
        return switch (kind) {
            case DOCUMENT -> {
                if (id != null) {
                    yield documents
                            .find(council, new DocumentId(id))
                            .map(d -> List.of(
                                    new EvidenceOption(kind, d.id().value().toString(), documentTitle(d))))
                            .orElse(List.of());
                }
                yield documents
                        .list(
                                council,
                                new DocumentQuery(null, null, null, q.isEmpty() ? null : q),
                                new Page.Request(0, OPTIONS))
                        .items()
                        .stream()
                        .map(d -> new EvidenceOption(kind, d.id().value().toString(), documentTitle(d)))
                        .toList();
            }
            case SESSION ->
                sessions.list(council).stream()
                        .filter(s -> id != null ? s.id().value().equals(id) : VnText.matchesWords(s.title(), q))
                        .limit(OPTIONS)
                        .map(s -> new EvidenceOption(kind, s.id().value().toString(), s.title()))
                        .toList();
            case DATASET ->
                datasets.list(council).stream()
                        .filter(d -> id != null ? d.id().value().equals(id) : VnText.matchesWords(d.title(), q))
                        .limit(OPTIONS)
                        .map(d -> new EvidenceOption(kind, d.id().value().toString(), d.title()))
                        .toList();
            case COURSE, LINK -> List.of();
        };
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }
}
