package vn.hdndso.opendata.internal;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Moves bulk exports made before {@code V121} from the database into the blob store on start,
 * one council at a time: the ZIP is stored as a blob first, then the row names it and forgets its
 * content, under a row lock (an export made meanwhile is not overwritten).
 */
@Component
class ExportsIntoBlobStore implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportsIntoBlobStore.class);

    private final ExportRepository exports;
    private final BlobStore blobs;
    private final TransactionTemplate transactions;

    ExportsIntoBlobStore(ExportRepository exports, BlobStore blobs, PlatformTransactionManager transactionManager) {
        this.exports = exports;
        this.blobs = blobs;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        int moved = moveAll();
        if (moved > 0) {
            log.info("moved {} bulk exports from the database into the blob store", moved);
        }
    }

    /** Moves every export still kept in the database; returns how many moved. */
    int moveAll() {
        TenantScope scope = TenantScope.allCouncils("moving bulk exports into the blob store");
        var councils = Tenancy.call(scope, () -> transactions.execute(tx -> exports.keptInTheDatabase()));
        int moved = 0;
        for (CouncilId council : councils == null ? java.util.List.<CouncilId>of() : councils) {
            Boolean done = Tenancy.call(
                    scope,
                    () -> transactions.execute(tx -> {
                        Optional<byte[]> content = exports.contentOf(council);
                        if (content.isEmpty()) {
                            return false;
                        }
                        BlobRef blob = blobs.put(new ByteArrayInputStream(content.get()));
                        exports.moved(council, blob.sha256());
                        return true;
                    }));
            if (Boolean.TRUE.equals(done)) {
                moved++;
            }
        }
        return moved;
    }
}
