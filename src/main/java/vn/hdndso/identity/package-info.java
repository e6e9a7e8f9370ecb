/**
 * Who is acting: users and their roles, sign-in (form, HTTP Basic, API keys, optional TOTP second
 * factor), the tenant scope of each request, and the append-only, hash-chained audit trail.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"councils", "shared"})
@NullMarked
package vn.hdndso.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
