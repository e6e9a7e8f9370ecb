package vn.hdndso.search.internal;

import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/**
 * Where the running application's search index is on disk (test code): for tests that read the
 * index files themselves, e.g. to prove that erased personal data left them.
 */
public final class SearchIndexFiles {

    private SearchIndexFiles() {}

    /** The directory of the index the application of {@code context} writes. */
    public static Path directory(ApplicationContext context) {
        return context.getBean(SearchIndex.class).path();
    }
}
