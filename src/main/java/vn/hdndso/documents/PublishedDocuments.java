package vn.hdndso.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.documents.internal.PublishedDocumentRepository;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/**
 * The issued documents of councils, as anyone may read them: the public lists, feeds, the sitemap
 * and open-data interfaces read them here. Only issued documents are ever returned; a recalled
 * one leaves every list (its recall is the documents module's business, see {@link
 * OutgoingDocuments#recall}).
 */
@Service
public class PublishedDocuments {

    private static final int MAX_LATEST = 100;

    private final PublishedDocumentRepository repository;
    private final TransactionTemplate readOnly;

    PublishedDocuments(PublishedDocumentRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A page of the council's issued documents, newest first, optionally of one year. */
    @Transactional(readOnly = true)
    public Page<OutgoingDocument> page(CouncilId council, @Nullable Integer year, int page, int size) {
        int safePage = Math.max(page, 0);
        int safeSize = Math.clamp(size, 1, Page.MAX_SIZE);
        return new Page<>(
                repository.issued(council, year, null, safePage * safeSize, safeSize),
                safePage,
                safeSize,
                repository.count(council, year, null));
    }

    /** Issued documents of the council changed at or after {@code since} (all with null), in a window. */
    @Transactional(readOnly = true)
    public List<OutgoingDocument> changedSince(CouncilId council, @Nullable Instant since, int offset, int limit) {
        return repository.issued(council, null, since, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countChangedSince(CouncilId council, @Nullable Instant since) {
        return repository.count(council, null, since);
    }

    /** The council's latest issued documents. */
    @Transactional(readOnly = true)
    public List<OutgoingDocument> latest(CouncilId council, int limit) {
        return repository.issued(council, null, null, 0, Math.clamp(limit, 1, MAX_LATEST));
    }

    /** The years in which the council issued documents, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(CouncilId council) {
        return repository.years(council);
    }

    /**
     * When the council's published documents last changed (an issue or a recall); empty when it
     * has none. Call it outside a transaction.
     */
    public Optional<Instant> lastChange(CouncilId council) {
        return Tenancy.call(
                TenantScope.allCouncils("public: last change of a council's published documents"),
                () -> readOnly.execute(status -> repository.lastChange(council)));
    }

    /**
     * The recall notice of a document the council issued and then recalled, if {@code id} is one.
     * Recalled documents are not public, so this reads them through an explicit cross-council
     * scope and returns only what {@link RecallNotice} publishes. Call it outside a transaction.
     */
    public Optional<RecallNotice> recallNotice(CouncilId council, DocumentId id) {
        return Tenancy.call(
                        TenantScope.allCouncils("public: recall notice of a published document"),
                        () -> readOnly.execute(status -> repository.recalled(council, id.value(), 1)))
                .stream()
                .findFirst()
                .map(RecallNotice::of);
    }

    /** Every council's recall notices, most recent first (the city feed). Call it outside a transaction. */
    public List<RecallNotice> recallNoticesOfAllCouncils(int limit) {
        return Tenancy.call(
                        TenantScope.allCouncils("public: recall notices of every council"),
                        () -> readOnly.execute(status -> repository.recalled(null, null, Math.clamp(limit, 1, 10_000))))
                .stream()
                .map(RecallNotice::of)
                .toList();
    }

    /** The council's recall notices, most recent first. Call it outside a transaction. */
    public List<RecallNotice> recallNotices(CouncilId council, int limit) {
        return Tenancy.call(
                        TenantScope.allCouncils("public: recall notices of a council"),
                        () -> readOnly.execute(
                                status -> repository.recalled(council, null, Math.clamp(limit, 1, 10_000))))
                .stream()
                .map(RecallNotice::of)
                .toList();
    }

    /**
     * The latest issued documents of every council (the city's front page and feed). Runs in its
     * own cross-council scope; call it outside a transaction.
     */
    public List<OutgoingDocument> latestOfAllCouncils(int limit) {
        return Tenancy.call(
                TenantScope.allCouncils("public: latest issued documents of every council"),
                () -> readOnly.execute(
                        status -> repository.issued(null, null, null, 0, Math.clamp(limit, 1, MAX_LATEST))));
    }

    /** Every issued document of every council, newest first, in a window (the sitemap). */
    public List<OutgoingDocument> allIssued(int offset, int limit) {
        return Tenancy.call(
                TenantScope.allCouncils("public: sitemap of issued documents"),
                () -> readOnly.execute(status -> repository.issued(null, null, null, offset, limit)));
    }

    /** When any council's public documents last changed. */
    public Optional<Instant> lastChangeOfAllCouncils() {
        return Tenancy.call(
                TenantScope.allCouncils("public: last change of issued documents"),
                () -> readOnly.execute(status -> repository.lastChange(null)));
    }
}
