package vn.hdndso.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.identity.MyWork;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.shared.VnTime;

/**
 * Each person's home in a council ("Việc của tôi"): what they have to do today, gathered from every
 * module's {@link vn.hdndso.identity.WorkItemSource} (through {@link MyWork}, once per request) and
 * ordered by deadline (overdue first, undated last), with the count of each group.
 */
@Controller
class HomeController {

    private final Councils councils;
    private final MyWork work;
    private final Clock clock;

    HomeController(Councils councils, MyWork work, Clock clock) {
        this.councils = councils;
        this.work = work;
        this.clock = clock;
    }

    /** A group of items and how many there are, for the counts at the top of the page. */
    record Group(String key, long count) {}

    @GetMapping("/app/councils/{slug}/home")
    @PreAuthorize("@councilAccess.member()")
    String home(@PathVariable String slug, Model model) {
        Council council = councils.requireBySlug(slug);
        LocalDate today = VnTime.today(clock);
        // asked once per request: the tabs' counts in the header use the same answer
        List<WorkItem> items = work.items(council);
        Map<String, Long> counts = new LinkedHashMap<>();
        items.forEach(item -> counts.merge(item.group(), 1L, Long::sum));
        model.addAttribute("council", council);
        model.addAttribute("items", items);
        model.addAttribute(
                "groups",
                counts.entrySet().stream()
                        .map(e -> new Group(e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute("today", today);
        model.addAttribute(
                "overdue", items.stream().filter(i -> i.overdueOn(today)).count());
        return "identity/home";
    }
}
