/**
 * The council's own digital-transformation plan (Kế hoạch under Resolution 57-NQ/TW) as the
 * product runs it: reading a plan's text into sections, targets with thresholds and deadlines
 * mapped to the targets T1–T12, tasks with their responsible bodies and reporting duties.
 */
@ApplicationModule(
        displayName = "Plans",
        allowedDependencies = {
            "calendar",
            "councils",
            "documents",
            "identity",
            "indicators",
            "notifications",
            "opendata",
            "sessions",
            "shared"
        })
@NullMarked
package vn.hdndso.plans;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
