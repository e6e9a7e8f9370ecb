package vn.hdndso.files;

import vn.hdndso.shared.CouncilId;

/**
 * Erasing a stored file for good, as when a voter's personal data is anonymised: its record (with its
 * original file name) goes in the caller's transaction; after that transaction commits, its bytes go
 * too unless a record of any council still names the same content (blobs are shared by content).
 */
public interface FileErasures {

    /** Erases the file; nothing happens if the council has no such file. Needs a transaction. */
    void erase(CouncilId council, StoredFileId id);
}
