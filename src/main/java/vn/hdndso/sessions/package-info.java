/**
 * Sessions (kỳ họp) and other meetings of a council: the agenda with its motions, the document
 * pack and who read it, attendance and quorum, electronic and analog votes counted against all
 * delegates of the term, results pushed live, minutes, draft resolutions handed to documents, and
 * recordings with a jump to each agenda item. A session is public once convened.
 */
@ApplicationModule(
        displayName = "Sessions",
        allowedDependencies = {
            "calendar",
            "councils",
            "documents",
            "files",
            "identity",
            "indicators",
            "notifications",
            "shared"
        })
@NullMarked
package vn.hdndso.sessions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
