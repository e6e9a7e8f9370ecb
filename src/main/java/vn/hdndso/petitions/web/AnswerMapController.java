package vn.hdndso.petitions.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.AnswerMap;
import vn.hdndso.petitions.MapArea;
import vn.hdndso.petitions.PetitionIssues;

/**
 * The public map of a council's published answers: a page that lists them and draws them on a
 * Leaflet map when scripts run (the points come from {@link AnswerMapApiController}).
 */
@Controller
class AnswerMapController {

    private final Councils councils;
    private final AnswerMap map;
    private final PetitionIssues issues;

    AnswerMapController(Councils councils, AnswerMap map, PetitionIssues issues) {
        this.councils = councils;
        this.map = map;
        this.issues = issues;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/kien-nghi/ban-do")
    String page(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        AnswerMap.View view = map.view(council.id());
        AnswerMap.Tiles tiles = map.tiles();
        model.addAttribute("council", council);
        model.addAttribute("markers", view.markers());
        model.addAttribute("area", view.area());
        model.addAttribute("tiles", tiles);
        model.addAttribute("issues", issues);
        model.addAttribute("bounds", bounds(view.area()));
        return "petitions/map";
    }

    /** "south,west,north,east" for the script, in the invariant locale. */
    static String bounds(MapArea area) {
        return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", area.south(), area.west(), area.north(), area.east());
    }
}
