/**
 * Value types, error types and infrastructure that every module uses: council identity,
 * Vietnamese text handling, tenant scope, the database, and the web error model. No business
 * logic lives here.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        displayName = "Shared",
        allowedDependencies = {})
@NullMarked
package vn.hdndso.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
