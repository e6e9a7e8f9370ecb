package vn.hdndso.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.PublishedDocuments;
import vn.hdndso.documents.RecallNotice;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;

/** {@link PublishedDocuments}, read through the public scope or an explicit cross-council one. */
@Service
class PublishedDocumentService implements PublishedDocuments {

    private static final int MAX_LATEST = 100;

    private final PublishedDocumentRepository repository;
    private final TransactionTemplate readOnly;

    PublishedDocumentService(PublishedDocumentRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
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

    @Override
    @Transactional(readOnly = true)
    public List<OutgoingDocument> changedSince(CouncilId council, @Nullable Instant since, int offset, int limit) {
        return repository.issued(council, null, since, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public long countChangedSince(CouncilId council, @Nullable Instant since) {
        return repository.count(council, null, since);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutgoingDocument> latest(CouncilId council, int limit) {
        return repository.issued(council, null, null, 0, Math.clamp(limit, 1, MAX_LATEST));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years(CouncilId council) {
        return repository.years(council);
    }

    @Override
    public Optional<Instant> lastChange(CouncilId council) {
        return Tenancy.call(
                TenantScope.allCouncils("public: last change of a council's published documents"),
                () -> readOnly.execute(status -> repository.lastChange(council)));
    }

    @Override
    public Optional<RecallNotice> recallNotice(CouncilId council, DocumentId id) {
        return Tenancy.call(
                        TenantScope.allCouncils("public: recall notice of a published document"),
                        () -> readOnly.execute(status -> repository.recalled(council, id.value(), 1)))
                .stream()
                .findFirst()
                .map(RecallNotice::of);
    }

    @Override
    public List<RecallNotice> recallNoticesOfAllCouncils(int limit) {
        return Tenancy.call(
                        TenantScope.allCouncils("public: recall notices of every council"),
                        () -> readOnly.execute(status -> repository.recalled(null, null, Math.clamp(limit, 1, 10_000))))
                .stream()
                .map(RecallNotice::of)
                .toList();
    }

    @Override
    public List<RecallNotice> recallNotices(CouncilId council, int limit) {
        return Tenancy.call(
                        TenantScope.allCouncils("public: recall notices of a council"),
                        () -> readOnly.execute(
                                status -> repository.recalled(council, null, Math.clamp(limit, 1, 10_000))))
                .stream()
                .map(RecallNotice::of)
                .toList();
    }

    @Override
    public List<OutgoingDocument> latestOfAllCouncils(int limit) {
        return Tenancy.call(
                TenantScope.allCouncils("public: latest issued documents of every council"),
                () -> readOnly.execute(
                        status -> repository.issued(null, null, null, 0, Math.clamp(limit, 1, MAX_LATEST))));
    }

    @Override
    public List<OutgoingDocument> allIssued(int offset, int limit) {
        return Tenancy.call(
                TenantScope.allCouncils("public: sitemap of issued documents"),
                () -> readOnly.execute(status -> repository.issued(null, null, null, offset, limit)));
    }

    @Override
    public Optional<Instant> lastChangeOfAllCouncils() {
        return Tenancy.call(
                TenantScope.allCouncils("public: last change of issued documents"),
                () -> readOnly.execute(status -> repository.lastChange(null)));
    }
}
