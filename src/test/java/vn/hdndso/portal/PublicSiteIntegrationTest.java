package vn.hdndso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

/** The public site: council pages and document lists, HTTP caching, sitemap, robots and Atom feeds. */
@IntegrationTest
class PublicSiteIntegrationTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SLUG = PortalTestDocuments.SLUG;

    @Autowired
    TestClient client;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCouncilHomeListsItsNewlyIssuedResolutionAtOnceDespiteTheCache() throws Exception {
        var before = send(SLUG, null, null);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(send(SLUG, null, null).headers().firstValue("ETag"))
                .isEqualTo(before.headers().firstValue("ETag"));

        String subject = "Nghị quyết về kế hoạch đầu tư công năm 2027 " + java.util.UUID.randomUUID();
        String id = PortalTestDocuments.issue(client, SLUG, subject);

        var after = send(SLUG, null, null);
        assertThat(after.body()).contains(subject).contains("/" + SLUG + "/van-ban/" + id);
        assertThat(after.headers().firstValue("ETag"))
                .isNotEqualTo(before.headers().firstValue("ETag"));

        var list = send(SLUG + "/van-ban", null, null);
        assertThat(list.body())
                .contains(subject)
                .contains("/NQ-HĐND")
                .contains("/" + SLUG + "/van-ban/" + id + "/signed.pdf")
                .contains("/kiem-tra-chu-ky");
    }

    @Test
    void aRecalledDocumentKeepsItsAddressWithTheRecallNoticeEverywhere() throws Exception {
        String subject = "Nghị quyết sẽ bị thu hồi " + java.util.UUID.randomUUID();
        String id = PortalTestDocuments.issue(client, SLUG, subject);
        String page = SLUG + "/van-ban/" + id;
        assertThat(send(page, null, null).statusCode()).isEqualTo(200);
        assertThat(send(SLUG, null, null).body()).contains(subject);

        var recalled = client.request(
                "POST",
                "/api/v1/councils/" + SLUG + "/documents/" + id + "/recall",
                "{\"reason\":\"Sai căn cứ pháp lý, ban hành lại\"}",
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(200);

        var notice = send(page, null, null);
        assertThat(notice.statusCode()).isEqualTo(410);
        assertThat(notice.body())
                .contains("Văn bản này đã bị thu hồi")
                .contains(subject)
                .contains("Sai căn cứ pháp lý, ban hành lại");
        assertThat(sendBytes(page + "/signed.pdf", null).statusCode()).isEqualTo(410);
        assertThat(send(SLUG, null, null).body())
                .as("gone from the latest documents")
                .doesNotContain(subject);
        assertThat(send(SLUG + "/van-ban", null, null).body())
                .contains("Văn bản đã thu hồi")
                .contains("Lý do: Sai căn cứ pháp lý, ban hành lại");

        Element feed = parse(send(SLUG + "/feed.atom", null, null).body()).getDocumentElement();
        assertValidAtomFeed(feed);
        Element entry = children(feed, "entry").stream()
                .filter(e -> child(e, "id").getTextContent().equals("urn:uuid:" + id))
                .findFirst()
                .orElseThrow();
        assertThat(child(entry, "title").getTextContent()).startsWith("[Đã thu hồi]");
        assertThat(child(entry, "summary").getTextContent()).contains("Sai căn cứ pháp lý");
        assertThat(children(entry, "link")).noneMatch(l -> l.getAttribute("rel").equals("enclosure"));

        var paper = client.get("/oparl/v1/bodies/" + SLUG + "/papers/" + id);
        assertThat(paper.status()).isEqualTo(200);
        assertThat(paper.json().get("deleted").asBoolean()).isTrue();
        assertThat(paper.body()).doesNotContain(subject);
    }

    @Test
    void anonymousPublicPagesAreCacheableAndAnswer304ToAMatchingETag() throws Exception {
        for (String path : List.of(
                "",
                SLUG,
                SLUG + "/van-ban",
                "sitemap.xml",
                "feed.atom",
                SLUG + "/feed.atom",
                SLUG + "/lich.ics",
                "oparl/v1/system")) {
            var first = send(path, null, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path + ": weak, so Tomcat still compresses").startsWith("W/\"");
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                    .as(path)
                    .contains("public")
                    .contains("max-age=60")
                    .contains("stale-while-revalidate=");
            assertThat(first.headers().firstValue("Vary").orElseThrow())
                    .as(path)
                    .containsIgnoringCase("cookie");

            var cached = send(path, null, null);
            assertThat(cached.body()).as(path + " from the page cache").isEqualTo(first.body());
            assertThat(cached.headers().firstValue("Content-Security-Policy"))
                    .as(path + ": a cached answer keeps the security headers")
                    .isEqualTo(first.headers().firstValue("Content-Security-Policy"));
            assertThat(cached.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(cached.headers().firstValue("Content-Type"))
                    .isEqualTo(first.headers().firstValue("Content-Type"));

            var again = send(path, etag, null);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void aHeadRequestFirstDoesNotLeaveAnEmptyPageInTheCache() throws Exception {
        String path = SLUG + "/van-ban?nam=2031";
        var head = http.send(
                HttpRequest.newBuilder(URI.create(client.baseUrl() + "/" + path))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        var get = send(path, null, null);
        assertThat(get.body()).contains("Nghị quyết, văn bản đã ban hành");
        assertThat(send(path, null, null).body()).isEqualTo(get.body());
    }

    @Test
    void aSignedInVisitorsPageIsPrivateAndNeverServedToOthers() throws Exception {
        var session = new WebSession(client);
        session.signIn("lacphuong.vanthu", "hdnd-demo-2026");
        var page = session.get("/lac-phuong");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lacphuong.vanthu");
        assertThat(page.header("Cache-Control")).isEqualTo("private, no-cache");

        var anonymous = send("lac-phuong", null, null);
        assertThat(anonymous.body()).doesNotContain("lacphuong.vanthu");
        assertThat(anonymous.headers().firstValue("Cache-Control").orElseThrow())
                .startsWith("public");
    }

    @Test
    void staffPagesAndTheApiAreNotMadeCacheable() throws Exception {
        var api = send("api/v1/councils", null, null);
        assertThat(api.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
        var login = send("login", null, null);
        assertThat(login.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    @Test
    void theSignedPdfCarriesItsChecksumAsETag() throws Exception {
        String id = PortalTestDocuments.issue(client, SLUG, "Nghị quyết thử ETag " + java.util.UUID.randomUUID());
        var pdf = sendBytes(SLUG + "/van-ban/" + id + "/signed.pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String etag = pdf.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(pdf.headers().firstValue("Last-Modified")).isPresent();
        assertThat(sendBytes(SLUG + "/van-ban/" + id + "/signed.pdf", etag).statusCode())
                .isEqualTo(304);
    }

    @Test
    void robotsPointToTheSitemapWhichListsCouncilsAndIssuedDocuments() throws Exception {
        String id = PortalTestDocuments.issue(client, SLUG, "Nghị quyết thử sitemap " + java.util.UUID.randomUUID());
        var robots = send("robots.txt", null, null);
        assertThat(robots.body())
                .contains("Disallow: /app/")
                .contains("Sitemap: ")
                .contains("/sitemap.xml");

        var sitemap = send("sitemap.xml", null, null);
        assertThat(sitemap.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        Document xml = parse(sitemap.body());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locations = texts(xml.getElementsByTagNameNS("*", "loc"));
        assertThat(locations).hasSizeGreaterThan(115 * 2);
        assertThat(locations)
                .anyMatch(l -> l.endsWith("/lac-phuong"))
                .anyMatch(l -> l.endsWith("/" + SLUG + "/van-ban/" + id));
    }

    @Test
    void theCouncilFeedIsValidAtomWithTheIssuedResolution() throws Exception {
        String subject = "Nghị quyết thử nguồn tin Atom " + java.util.UUID.randomUUID();
        String id = PortalTestDocuments.issue(client, SLUG, subject);

        var response = send(SLUG + "/feed.atom", null, null);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Element feed = parse(response.body()).getDocumentElement();
        assertValidAtomFeed(feed);
        assertThat(child(feed, "title").getTextContent()).contains("Xã Tiên Lãng");
        List<Element> entries = children(feed, "entry");
        Element entry = entries.stream()
                .filter(e -> child(e, "id").getTextContent().equals("urn:uuid:" + id))
                .findFirst()
                .orElseThrow();
        assertThat(child(entry, "title").getTextContent()).contains(subject).contains("/NQ-HĐND");
        assertThat(child(entry, "summary").getTextContent()).contains(subject);
        assertThat(children(entry, "link"))
                .anyMatch(l -> l.getAttribute("rel").equals("enclosure")
                        && l.getAttribute("href").endsWith("/" + id + "/signed.pdf"));

        var html = send(SLUG, null, null).body();
        assertThat(html)
                .contains("rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("/" + SLUG + "/feed.atom");
    }

    @Test
    void theCityFeedCollectsEveryCouncilsDocuments() throws Exception {
        String id = PortalTestDocuments.issue(
                client, SLUG, "Nghị quyết thử nguồn tin thành phố " + java.util.UUID.randomUUID());
        Element feed = parse(send("feed.atom", null, null).body()).getDocumentElement();
        assertValidAtomFeed(feed);
        assertThat(children(feed, "entry"))
                .anyMatch(e -> child(e, "id").getTextContent().equals("urn:uuid:" + id));
        assertThat(send("", null, null).body()).contains("/" + SLUG + "/van-ban/" + id);
    }

    @Test
    void unknownCouncilsAre404() throws Exception {
        assertThat(send("khong-co-xa-nay/feed.atom", null, null).statusCode()).isEqualTo(404);
        assertThat(send("khong-co-xa-nay/van-ban", null, null).statusCode()).isEqualTo(404);
        assertThat(send("khong-co-xa-nay/lich.ics", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void badPagingOfTheDocumentListFallsBackToTheFirstPage() throws Exception {
        var page = send(SLUG + "/van-ban?trang=-4&nam=abc", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        var valid = send(SLUG + "/van-ban?trang=999&nam=1800", null, null);
        assertThat(valid.statusCode()).isEqualTo(200);
    }

    @Test
    void publicPagesCarryOpenGraphAndCanonicalTags() throws Exception {
        String html = send("lac-phuong", null, null).body();
        assertThat(html)
                .contains("property=\"og:title\" content=\"Xã Lạc Phượng\"")
                .contains("property=\"og:url\"")
                .contains("rel=\"canonical\"")
                .contains("type=\"text/calendar\"");

        String id =
                PortalTestDocuments.issue(client, SLUG, "Nghị quyết thử thẻ Open Graph " + java.util.UUID.randomUUID());
        String document = send(SLUG + "/van-ban/" + id, null, null).body();
        assertThat(document)
                .containsPattern("property=\"og:title\" content=\"Nghị quyết \\d+/NQ-HĐND\"")
                .contains("property=\"og:description\" content=\"Nghị quyết thử thẻ Open Graph")
                .contains("/kiem-tra-chu-ky");
    }

    /** RFC 4287 §4.1: feed and entries with their required elements; dates are RFC 3339. */
    static void assertValidAtomFeed(Element feed) {
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id").getTextContent()).isNotBlank();
        assertThat(child(feed, "title").getTextContent()).isNotBlank();
        assertRfc3339(child(feed, "updated").getTextContent());
        assertThat(children(feed, "author")).isNotEmpty();
        assertThat(children(feed, "author")
                        .getFirst()
                        .getElementsByTagNameNS(ATOM, "name")
                        .getLength())
                .isEqualTo(1);
        assertThat(children(feed, "link")).anyMatch(l -> l.getAttribute("rel").equals("self"));
        assertThat(children(feed, "link")).anyMatch(l -> l.getAttribute("rel").equals("alternate"));
        List<String> ids = new ArrayList<>();
        for (Element entry : children(feed, "entry")) {
            ids.add(child(entry, "id").getTextContent());
            assertThat(child(entry, "title").getTextContent()).isNotBlank();
            assertRfc3339(child(entry, "updated").getTextContent());
            assertRfc3339(child(entry, "published").getTextContent());
            assertThat(children(entry, "link"))
                    .anyMatch(l -> l.getAttribute("rel").equals("alternate"));
            assertThat(child(entry, "summary").getTextContent()).isNotBlank();
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static void assertRfc3339(String value) {
        assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
        OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.getFirst();
    }

    private static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(NodeList nodes) {
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(String path, String ifNoneMatch, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/" + path))
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> sendBytes(String path, String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/" + path))
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
