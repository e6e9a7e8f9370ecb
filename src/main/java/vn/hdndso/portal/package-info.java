/**
 * The public face: the installation's front page with every council, and each council's home.
 * Composes other modules' APIs; capability pages live in their own modules.
 */
@ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"councils", "documents", "opendata", "petitions", "sessions", "shared"})
@NullMarked
package vn.hdndso.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
