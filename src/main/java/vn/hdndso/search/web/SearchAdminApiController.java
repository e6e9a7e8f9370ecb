package vn.hdndso.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.search.IndexAdministration;
import vn.hdndso.search.RebuildProgress;

/** The search index for the city administrator: its size and a rebuild from the database. */
@RestController
@Tag(name = "Search")
@PreAuthorize("hasRole('CITY_ADMIN')")
class SearchAdminApiController {

    private final IndexAdministration index;

    SearchAdminApiController(IndexAdministration index) {
        this.index = index;
    }

    record Status(int items, RebuildProgress rebuild, int percent) {}

    /** {@code started} is false when a rebuild was already running (it covers this request too). */
    record Started(boolean started, Status status) {}

    @GetMapping("/api/v1/search/index")
    @Operation(summary = "The search index: items held and the state of the latest rebuild (city administrator)")
    Status status() {
        var progress = index.progress();
        return new Status(index.items(), progress, progress.percent());
    }

    @PostMapping("/api/v1/search/index/rebuild")
    @Operation(
            summary = "Rebuild the search index from the database in the background (city administrator)",
            description = "202 Accepted; started is false when a rebuild was already running."
                    + " Poll GET /api/v1/search/index for the progress.")
    ResponseEntity<Started> rebuild() {
        boolean started = index.start();
        var progress = index.progress();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new Started(started, new Status(index.items(), progress, progress.percent())));
    }
}
