/**
 * Documents of a council's office (Decree 30/2020/NĐ-CP): the types and their abbreviations, the
 * number/symbol and its gapless series, the outgoing workflow from draft to issue and recall, the
 * PAdES signature with the council's key, and the outgoing register. Issued documents are public;
 * everything else is private to the council's staff.
 */
@ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"councils", "files", "identity", "indicators", "shared"})
@NullMarked
package vn.hdndso.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
