/**
 * Oversight (giám sát) and questions (chất vấn) under Law 87/2015: the yearly oversight programme
 * (proposals, adoption by a resolution), its topics with their team, plan, visits, findings and
 * recommendations to the People's Committee's units followed until done; delegates' questions to
 * those units, answered in session or in writing by a deadline, with commitments whose fulfilment
 * on time is indicator T11. Executive officers see and answer only what is addressed to their unit.
 * Docs: docs/oversight.md.
 */
@ApplicationModule(
        displayName = "Oversight",
        allowedDependencies = {
            "calendar",
            "councils",
            "documents",
            "identity",
            "indicators",
            "notifications",
            "petitions",
            "sessions",
            "shared"
        })
@NullMarked
package vn.hdndso.oversight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
