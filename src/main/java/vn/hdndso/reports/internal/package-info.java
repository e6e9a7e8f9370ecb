/** The reports' implementations: the report's content, its DOCX and PDF, storage, rounds, reminders. */
@NullMarked
package vn.hdndso.reports.internal;

import org.jspecify.annotations.NullMarked;
