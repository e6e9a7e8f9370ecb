package vn.hdndso.plans.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hdndso.councils.Councils;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanTexts;

/**
 * A plan's words with the diacritics OCR lost restored (docs/plans.md): who may read the plan may
 * read this; {@code restored} says whether there was anything to restore.
 */
@RestController
@RequestMapping("/api/v1/councils/{slug}/plans/{id}/restored")
class PlanTextApiController {

    private final Councils councils;
    private final PlanTexts texts;

    PlanTextApiController(Councils councils, PlanTexts texts) {
        this.councils = councils;
        this.texts = texts;
    }

    @GetMapping
    RestoredView restored(@PathVariable String slug, @PathVariable UUID id) {
        return texts.restored(councils.requireBySlug(slug).id(), new PlanId(id))
                .map(r -> new RestoredView(true, r.title(), r.targets(), r.tasks(), r.text()))
                .orElseGet(() -> new RestoredView(false, null, List.of(), List.of(), null));
    }

    /**
     * @param restored whether the plan's text had lost its diacritics and these are restored
     */
    record RestoredView(
            boolean restored,
            @Nullable String title,
            List<String> targets,
            List<String> tasks,
            @Nullable String text) {}
}
