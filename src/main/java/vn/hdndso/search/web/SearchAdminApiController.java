package vn.hdndso.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.search.internal.IndexRebuild;
import vn.hdndso.search.internal.SearchIndex;

/** The search index for the city administrator: its size and a rebuild from the database. */
@RestController
@Tag(name = "Search")
@PreAuthorize("hasRole('CITY_ADMIN')")
class SearchAdminApiController {

    private final SearchIndex index;
    private final IndexRebuild rebuild;

    SearchAdminApiController(SearchIndex index, IndexRebuild rebuild) {
        this.index = index;
        this.rebuild = rebuild;
    }

    record Status(int items, IndexRebuild.Progress rebuild, int percent) {}

    /** {@code started} is false when a rebuild was already running (it covers this request too). */
    record Started(boolean started, Status status) {}

    @GetMapping("/api/v1/search/index")
    @Operation(summary = "The search index: items held and the state of the latest rebuild (city administrator)")
    Status status() {
        var progress = rebuild.progress();
        return new Status(index.count(), progress, progress.percent());
    }

    @PostMapping("/api/v1/search/index/rebuild")
    @Operation(
            summary = "Rebuild the search index from the database in the background (city administrator)",
            description = "202 Accepted; started is false when a rebuild was already running."
                    + " Poll GET /api/v1/search/index for the progress.")
    ResponseEntity<Started> rebuild() {
        boolean started = rebuild.start();
        var progress = rebuild.progress();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Started(started, new Status(index.count(), progress, progress.percent())));
    }
}
