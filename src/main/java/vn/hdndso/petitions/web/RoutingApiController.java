package vn.hdndso.petitions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.IssueRouting;
import vn.hdndso.shared.InvalidInputException;

/** A council's default receiving bodies, and an issue's proposal and trail, in the JSON API. */
@RestController
@Tag(
        name = "Kiến nghị – chuyển đúng nơi",
        description = "Cơ quan nhận mặc định theo lĩnh vực và cấp; đề xuất khi chuyển; các bước chuyển, chuyển cấp,"
                + " mở lại (docs/petitions.md)")
class RoutingApiController {

    static final String ADMIN = "@councilAccess.has('COUNCIL_ADMIN')";

    private final Councils councils;
    private final IssueRouting routing;

    RoutingApiController(Councils councils, IssueRouting routing) {
        this.councils = councils;
        this.routing = routing;
    }

    record Body(
            @Nullable CompetentBodyKind bodyKind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName) {}

    record IssueRoute(IssueRouting.Proposal proposal, IssueRouting.Trail trail) {}

    @Operation(
            summary = "Cơ quan nhận mặc định của Hội đồng",
            description = "Văn thư, quản trị: theo lĩnh vực (mã của cây lĩnh vực) và cấp (COMMUNE, CITY, CENTRAL).")
    @GetMapping("/api/v1/councils/{slug}/petition-routes")
    @PreAuthorize(IssueApiController.STAFF)
    List<IssueRouting.Route> routes(@PathVariable String slug) {
        return routing.routes(councils.requireBySlug(slug).id());
    }

    @Operation(
            summary = "Đặt cơ quan nhận mặc định cho một lĩnh vực và cấp",
            description = "Quản trị của Hội đồng. `bodyKind` EXECUTIVE_UNIT (với `executiveUnitId` của một đơn vị"
                    + " đang hoạt động), CITY (`bodyName` tùy chọn: sở, ngành; trống là UBND thành phố) hoặc"
                    + " AGENCY (`bodyName` bắt buộc).",
            responses = @ApiResponse(responseCode = "400", description = "Lĩnh vực, cấp hoặc cơ quan không hợp lệ"))
    @PutMapping("/api/v1/councils/{slug}/petition-routes/{field}/{level}")
    @PreAuthorize(ADMIN)
    IssueRouting.Route save(
            @PathVariable String slug,
            @Parameter(description = "Mã lĩnh vực, ví dụ DAT_DAI") @PathVariable String field,
            @PathVariable String level,
            @RequestBody Body body) {
        return routing.saveRoute(
                councils.requireBySlug(slug).id(),
                field,
                level(level),
                body.bodyKind(),
                body.executiveUnitId(),
                body.bodyName());
    }

    @Operation(summary = "Bỏ cơ quan nhận mặc định của một lĩnh vực và cấp", description = "Quản trị của Hội đồng.")
    @DeleteMapping("/api/v1/councils/{slug}/petition-routes/{field}/{level}")
    @PreAuthorize(ADMIN)
    ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable String field, @PathVariable String level) {
        routing.removeRoute(councils.requireBySlug(slug).id(), field, level(level));
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Cơ quan đề xuất và các bước của một vụ việc",
            description = "Văn thư, quản trị, cán bộ UBND (chỉ vụ việc của đơn vị mình): cơ quan mặc định"
                    + " (`configured` khi Hội đồng đã đặt), nấc hiện tại (UNIT, CHAIR, STANDING_COMMITTEE) với hạn,"
                    + " và các bước đã qua.")
    @GetMapping("/api/v1/councils/{slug}/petition-issues/{id}/routing")
    @PreAuthorize(IssueApiController.ANSWERS)
    IssueRoute issue(@PathVariable String slug, @PathVariable UUID id) {
        var council = councils.requireBySlug(slug).id();
        return new IssueRoute(routing.proposal(council, id), routing.trail(council, id));
    }

    private static CompetentLevel level(String level) {
        try {
            return CompetentLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("level", "routing.route.level.unknown", level);
        }
    }
}
