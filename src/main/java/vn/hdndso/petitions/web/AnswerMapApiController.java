package vn.hdndso.petitions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.AnswerMap;
import vn.hdndso.petitions.MapArea;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.shared.VnTime;

/** The public map of a council's published answers as GeoJSON (docs/petitions.md, "Place"). */
@RestController
@Tag(
        name = "Kiến nghị – bản đồ",
        description = "Bản đồ công khai các câu trả lời kiến nghị đã công bố (docs/petitions.md)")
class AnswerMapApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Councils councils;
    private final AnswerMap map;
    private final PetitionIssues issues;
    private final MessageSource messages;

    AnswerMapApiController(Councils councils, AnswerMap map, PetitionIssues issues, MessageSource messages) {
        this.councils = councils;
        this.map = map;
        this.issues = issues;
        this.messages = messages;
    }

    @Schema(description = "Một điểm (GeoJSON): [kinh độ, vĩ độ]")
    record Point(String type, List<Double> coordinates) {}

    @Schema(description = "Câu trả lời đã công bố, như danh sách công khai: không có người gửi hay nội dung kiến nghị")
    record AnswerProperties(
            String title,
            String field,
            String fieldName,
            String answerClass,
            String answerClassName,
            String publishedOn,
            int petitionCount,
            String url) {}

    record Feature(String type, String id, Point geometry, AnswerProperties properties) {}

    @Schema(description = "GeoJSON FeatureCollection (RFC 7946); bbox là địa bàn của Hội đồng [tây, nam, đông, bắc]")
    record FeatureCollection(String type, List<Double> bbox, List<Feature> features) {}

    @Operation(
            summary = "Bản đồ câu trả lời kiến nghị đã công bố (GeoJSON)",
            description = "Công khai. Mỗi vụ việc đã công bố trả lời có vị trí là một điểm: trung bình các điểm cử tri"
                    + " đánh dấu trong địa bàn, làm tròn (mặc định 0,001° ≈ 100 m). Chỉ có tiêu đề và câu trả lời đã"
                    + " lược bỏ thông tin cá nhân như danh sách công khai; điểm ngoài địa bàn không được đưa lên.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content =
                                @Content(
                                        mediaType = "application/geo+json",
                                        schema = @Schema(implementation = FeatureCollection.class))),
                @ApiResponse(responseCode = "404", description = "Không có Hội đồng này")
            })
    @GetMapping(value = "/api/v1/councils/{slug}/petition-map", produces = "application/geo+json")
    ResponseEntity<FeatureCollection> geoJson(@PathVariable String slug) {
        Council council = councils.requireBySlug(slug);
        AnswerMap.View view = map.view(council.id());
        MapArea area = view.area();
        List<Feature> features = view.markers().stream()
                .map(m -> new Feature(
                        "Feature",
                        m.issueId().toString(),
                        new Point("Point", List.of(m.longitude(), m.latitude())),
                        new AnswerProperties(
                                m.title(),
                                m.field(),
                                issues.fieldName(m.field()),
                                m.answerClass().name(),
                                message("petitions.answerClass."
                                        + m.answerClass().name()),
                                m.publishedAt()
                                        .atZone(VnTime.ZONE)
                                        .toLocalDate()
                                        .toString(),
                                m.petitionCount(),
                                PetitionLinks.publicAnswer(council.slug(), m.issueId()))))
                .toList();
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .body(new FeatureCollection(
                        "FeatureCollection", List.of(area.west(), area.south(), area.east(), area.north()), features));
    }

    private String message(String key) {
        return Objects.requireNonNullElse(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()), key);
    }
}
