/**
 * Delegate training (T9): digital-skills courses (e-office, signing, online meetings, data, this
 * platform), their sessions in person or online, attendance (entered by the clerk, imported from
 * an attendance list, or checked in by the delegate during the session) and assessments giving a
 * delegate a level in a course (BASIC, PROFICIENT). Contributes T9, the trained and proficient
 * shares of the current term's delegates, and hosts the delegate's profile page (B8), which
 * composes what the sessions, petitions and oversight modules publish about a delegate. Docs:
 * docs/training.md.
 */
@ApplicationModule(
        displayName = "Training",
        allowedDependencies = {
            "calendar",
            "councils",
            "identity",
            "indicators",
            "oversight",
            "petitions",
            "sessions",
            "shared"
        })
@NullMarked
package vn.hdndso.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
