package vn.hdndso.files.internal;

import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.files.BlobStore;
import vn.hdndso.files.FileErasures;
import vn.hdndso.files.StoredFile;
import vn.hdndso.files.StoredFileId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * {@link FileErasures}: the record in the caller's transaction, the blob after commit (a rolled-back
 * erasure keeps its bytes), checked against every council's records first.
 */
@Component
class FileErasure implements FileErasures {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FileErasure.class);

    private final StoredFileRepository registry;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separately;

    FileErasure(
            StoredFileRepository registry,
            BlobStore blobs,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.registry = registry;
        this.blobs = blobs;
        this.events = events;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(CouncilId council, StoredFileId id) {
        StoredFile file = registry.find(council, id).orElse(null);
        if (file == null) {
            return;
        }
        registry.delete(council, id);
        events.publishEvent(AuditEvent.of(council, "files.file.erased", "file", id.value()));
        String sha256 = file.sha256();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // the committed transaction is still bound to this thread, and the check needs a
                // cross-council scope of its own: a short thread does it while this one waits
                Thread remover = Thread.ofVirtual().name("erase-blob").start(() -> removeIfUnused(sha256));
                try {
                    remover.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    void removeIfUnused(String sha256) {
        try {
            removeIfUnusedOrFail(sha256);
        } catch (RuntimeException e) {
            // the record is gone already; the blob stays until the next erasure of equal content
            log.warn("an erased file's blob {} could not be removed", sha256, e);
        }
    }

    private void removeIfUnusedOrFail(String sha256) {
        boolean used = Tenancy.call(
                TenantScope.allCouncils("files: does any record still name an erased file's content"),
                () -> Objects.requireNonNull(separately.execute(s -> registry.anyWithContent(sha256))));
        if (!used) {
            blobs.delete(sha256);
        }
    }
}
