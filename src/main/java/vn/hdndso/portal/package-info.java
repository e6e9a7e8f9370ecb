/**
 * The public face: the installation's front page with every council, and each council's home.
 * Composes other modules' APIs; capability pages live in their own modules, except the
 * indicators' public pages (a council's {@code /{slug}/chi-so}, the city table {@code /chi-so} and
 * its open dataset), which compose the live values ({@code indicators}) with the councils' plans
 * ({@code plans}) and so can live in neither.
 */
@ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {
            "councils",
            "documents",
            "indicators",
            "opendata",
            "petitions",
            "plans",
            "sessions",
            "shared"
        })
@NullMarked
package vn.hdndso.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
