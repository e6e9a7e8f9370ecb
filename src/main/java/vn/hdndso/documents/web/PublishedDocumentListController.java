package vn.hdndso.documents.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.PublishedDocuments;

/**
 * A council's public list of issued documents and resolutions (Plan target T7): number/symbol,
 * date, subject, the signed PDF and a link to check its signature, and below them the documents
 * that were recalled (with date and reason: nothing published disappears silently). Works without
 * script; the year filter is a plain GET form.
 */
@Controller
class PublishedDocumentListController {

    static final int PAGE_SIZE = 20;
    static final int RECALLS_SHOWN = 50;

    private final Councils councils;
    private final PublishedDocuments documents;
    private final MessageSource messages;

    PublishedDocumentListController(Councils councils, PublishedDocuments documents, MessageSource messages) {
        this.councils = councils;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/{slug:[a-z0-9-]+}/van-ban")
    String list(
            @PathVariable String slug,
            @RequestParam(name = "nam", required = false) @Nullable String year,
            @RequestParam(name = "trang", required = false) @Nullable String page,
            Model model) {
        Council council = councils.requireBySlug(slug);
        // a hand-edited address (letters, a negative page) shows the first page of every year
        Integer parsedYear = number(year);
        Integer validYear = parsedYear != null && parsedYear >= 1945 && parsedYear <= 9999 ? parsedYear : null;
        Integer parsedPage = number(page);
        int pageNumber = parsedPage == null || parsedPage < 1 ? 1 : Math.min(parsedPage, 100_000);
        var found = documents.page(council.id(), validYear, pageNumber - 1, PAGE_SIZE);
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("council", council);
        model.addAttribute("documents", found);
        model.addAttribute("year", validYear);
        model.addAttribute("years", documents.years(council.id()));
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("recalled", documents.recallNotices(council.id(), RECALLS_SHOWN));
        model.addAttribute("atomFeed", "/" + council.slug() + "/feed.atom");
        model.addAttribute(
                "pageDescription",
                messages.getMessage(
                        "portal.documents.description",
                        new Object[] {council.name()},
                        council.name(),
                        LocaleContextHolder.getLocale()));
        return "documents/published";
    }

    private static @Nullable Integer number(@Nullable String value) {
        if (value == null || value.isBlank() || value.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
