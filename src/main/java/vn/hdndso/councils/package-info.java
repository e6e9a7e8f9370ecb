/**
 * Councils (the tenants of an installation) and their organisation: terms, the standing
 * committee, committees, delegate groups, delegates, memberships, and the People's Committee's
 * units that receive work. Councils are registered from the bundled 2025 administrative-unit list.
 */
@ApplicationModule(
        displayName = "Councils",
        allowedDependencies = {"shared"})
@NullMarked
package vn.hdndso.councils;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
