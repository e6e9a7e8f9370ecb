/**
 * How open data is kept and read, behind the module's API: the package-private implementations of
 * {@code Datasets}, {@code DatasetImports} and {@code BulkExports}, reading CSV, XLSX and XLS files,
 * the repositories and the demo content.
 */
@NullMarked
package vn.hdndso.opendata.internal;

import org.jspecify.annotations.NullMarked;
