package vn.hdndso.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hdndso.shared.PublicContentChanged;

class AffectedPagesUnitTest {

    @Test
    void everyPageOfTheChangedCouncilIsAffectedButNoOtherCouncils() {
        var affected = new AffectedPages("tien-lang", PublicContentChanged.SESSIONS);
        assertThat(affected)
                .accepts("/tien-lang|", "/tien-lang/ky-hop?trang=2|en", "/tien-lang/van-ban|vi|hx")
                .rejects("/tien-lang-2|", "/lac-phuong|", "/lac-phuong/ky-hop|");
    }

    @Test
    void installationWidePagesAreAffectedOnlyWhenTheyListThatKind() {
        var documents = new AffectedPages("tien-lang", PublicContentChanged.DOCUMENTS);
        assertThat(documents)
                .accepts("/|", "/?q=tien|", "/feed.atom|", "/sitemap.xml|", "/tim-kiem?q=x|", "/oparl/v1/system|")
                .rejects("/du-lieu-mo|", "/robots.txt|");

        var datasets = new AffectedPages("tien-lang", PublicContentChanged.DATASETS);
        assertThat(datasets)
                .accepts("/du-lieu-mo|", "/du-lieu-mo/catalog.jsonld|", "/sitemap.xml|")
                .rejects("/|", "/feed.atom|", "/oparl/v1/bodies|");

        var petitions = new AffectedPages("tien-lang", PublicContentChanged.PETITIONS);
        assertThat(petitions).accepts("/sitemap.xml|").rejects("/|", "/feed.atom|");
    }

    @Test
    void workOnACouncilAffectsItsHomeItsIndicatorPagesAndTheCitysButNothingElse() {
        var affected = AffectedPages.indicatorPages("tien-lang");
        assertThat(affected)
                .accepts(
                        "/tien-lang|",
                        "/tien-lang/chi-so|",
                        "/tien-lang/chi-so?period=2026-H1|vi",
                        "/tien-lang/chi-so/T1?period=2026|",
                        "/chi-so?sort=T1&dir=desc|",
                        "/chi-so/du-lieu.csv|",
                        "/du-lieu-mo/catalog.jsonld|")
                .rejects(
                        "/tien-lang/van-ban|",
                        "/tien-lang/chi-so-khac|",
                        "/lac-phuong/chi-so|",
                        "/lac-phuong|",
                        "/|",
                        "/chi-sox|");
    }

    @Test
    void theKeysPathEndsAtTheQueryOrTheLanguage() {
        assertThat(AffectedPages.pathOf("/tien-lang?trang=2|vi|hx")).isEqualTo("/tien-lang");
        assertThat(AffectedPages.pathOf("/|")).isEqualTo("/");
        assertThat(AffectedPages.pathOf("/sitemap.xml")).isEqualTo("/sitemap.xml");
    }
}
