/**
 * Files: a content-addressed blob store (local directory or S3-compatible object storage), checks
 * of uploads by their content, the registry of a council's stored files, and the text of every
 * stored PDF for search. Other modules store and open files through {@link vn.hdndso.files.Files}.
 */
@ApplicationModule(
        displayName = "Files",
        allowedDependencies = {"shared"})
@NullMarked
package vn.hdndso.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
