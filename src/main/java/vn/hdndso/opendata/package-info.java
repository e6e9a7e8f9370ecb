/**
 * Open data of a council and of the city: datasets (budget estimates and settlements, land-use
 * plan summaries, investment projects) imported from CSV, XLSX and XLS with column mapping,
 * units, preview and row-level validation; versions and explicit publishing; public tables,
 * charts and downloads; a DCAT-AP catalogue as JSON-LD; and a daily bulk export of each
 * council's public data as a ZIP with a checksummed manifest.
 */
@ApplicationModule(
        displayName = "Open data",
        allowedDependencies = {"councils", "documents", "files", "identity", "indicators", "petitions", "shared"})
@NullMarked
package vn.hdndso.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
