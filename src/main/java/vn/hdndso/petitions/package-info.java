/**
 * Voters' petitions (kiến nghị cử tri, Joint Resolution 72/2025): voter-contact meetings, the
 * intake channels (public form, JSON API, meetings, spreadsheet import) with tracking codes and
 * recorded consent, classification by field and competent level with a learning suggestion,
 * aggregation of duplicates into petition issues, transfer to a competent body with a deadline,
 * answers in three classes and their de-identified publication. Petitions are private to the
 * council's staff; a published issue's de-identified answer is public.
 */
@ApplicationModule(
        displayName = "Petitions",
        allowedDependencies = {
            "calendar",
            "councils",
            "documents",
            "files",
            "identity",
            "indicators",
            "notifications",
            "shared"
        })
@NullMarked
package vn.hdndso.petitions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
