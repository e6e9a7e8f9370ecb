package vn.hdndso.opendata;

import vn.hdndso.shared.CouncilId;

/**
 * The bulk export of each council's public data as one ZIP: published datasets (CSV and JSON),
 * the metadata of issued documents, delegates and the council's bodies with their members, and
 * {@code manifest.json} listing every file with its size and SHA-256. Everything is read in the
 * public scope, so nothing private can slip in. Made every night for every council and on demand;
 * a council whose data did not change keeps its export (and its ETag).
 */
public interface BulkExports {

    /** The stored export of the council, made now if there is none yet. Call outside a transaction. */
    BulkExport latest(CouncilId council);

    /** The stored export of the council, if one was made; never builds one. */
    java.util.Optional<BulkExport> stored(CouncilId council);

    /**
     * Makes the council's export in the background unless it is being made already (an anonymous
     * download finds none yet: it is told to come back rather than making everyone wait for, or
     * repeat, a full build).
     */
    void generateSoon(CouncilId council);

    /** The ZIP of an export, streamed from the blob store; the caller closes it. */
    java.io.InputStream open(BulkExport export);

    /** Makes the council's export now (or keeps the stored one when nothing changed). Call outside a transaction. */
    BulkExport generate(CouncilId council);
}
