package vn.hdndso.plans.web;

import org.jspecify.annotations.Nullable;
import vn.hdndso.plans.TaskEvidence;

/** Where a piece of evidence is seen: its page in the workspace, or the link itself. */
final class TaskLinks {

    private TaskLinks() {}

    static @Nullable String url(String slug, TaskEvidence evidence) {
        String base = "/app/councils/" + slug;
        return switch (evidence.kind()) {
            case DOCUMENT -> base + "/documents/" + evidence.reference();
            case SESSION -> base + "/sessions/" + evidence.reference();
            case DATASET -> base + "/open-data/" + evidence.reference();
            case LINK -> evidence.reference();
            case COURSE ->
                evidence.reference().startsWith("https://")
                                || evidence.reference().startsWith("http://")
                        ? evidence.reference()
                        : null;
        };
    }
}
