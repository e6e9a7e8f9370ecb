/**
 * OParl 1.1 (the German council-information standard, https://oparl.org) as a read-only API over
 * what the councils publish: the system, councils as bodies, their committees, delegate groups and
 * standing committee as organizations, delegates as persons (public fields only), memberships,
 * terms, issued documents as papers with their signed PDFs as files. Meetings and agenda items
 * come from {@link vn.hdndso.oparl.OparlMeetings} beans that the sessions module will provide.
 */
@ApplicationModule(
        displayName = "OParl",
        allowedDependencies = {"councils", "documents", "sessions", "shared"})
@NullMarked
package vn.hdndso.oparl;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
