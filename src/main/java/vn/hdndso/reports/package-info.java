/**
 * The standing committee's periodic reports and reporting rounds: the 6-monthly and annual report
 * on the council's digital-transformation plan, written from the live indicators as DOCX and PDF in
 * the Decree 30 layout and entered as a draft report (BC) in the documents; and rounds in which the
 * committees and the People's Committee hand in their own reports for a period by a deadline, with
 * reminders. Docs: docs/reports.md.
 */
@ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {
            "calendar",
            "councils",
            "documents",
            "files",
            "identity",
            "indicators",
            "notifications",
            "plans",
            "shared"
        })
@NullMarked
package vn.hdndso.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
