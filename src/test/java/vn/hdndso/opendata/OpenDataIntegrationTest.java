package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.WebSession;

@IntegrationTest
class OpenDataIntegrationTest {

    static final String CLERK = "lacphuong.vanthu";
    static final String OTHER_CLERK = "nhichieu.vanthu";
    static final String PASSWORD = "hdnd-demo-2026";
    static final Path DATA = Path.of("testdata/opendata");

    @Autowired
    TestClient client;

    @Autowired
    DatasetImports imports;

    @Autowired
    Councils councils;

    final JsonMapper json = JsonMapper.builder().build();

    String newDataset(String title, String theme) {
        var created = client.postJson(
                "/api/v1/councils/lac-phuong/datasets",
                Map.of("title", title, "description", "Thử nghiệm", "theme", theme, "period", "2023"),
                CLERK,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    TestClient.Response importFile(String datasetId, String name, byte[] content, String query) {
        return client.postMultipart(
                "/api/v1/councils/lac-phuong/datasets/" + datasetId + "/imports" + query,
                List.of(TestClient.Part.file("file", name, "text/csv", content)),
                CLERK,
                PASSWORD);
    }

    @Test
    void importsTheRealProjectsCsvOncePublishesItAndServesTableFilesAndCatalogue() throws Exception {
        String id = newDataset("Dự án đầu tư công cấp xã " + UUID.randomUUID(), "INVESTMENT");
        byte[] csv = Files.readAllBytes(DATA.resolve("investment-projects-2023-commune.csv"));

        var first = importFile(id, "investment-projects-2023-commune.csv", csv, "");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("state").asString()).isEqualTo("DONE");
        // the same file read the same way: the same version, no duplicate
        var again = importFile(id, "investment-projects-2023-commune.csv", csv, "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("version").asInt()).isEqualTo(1);
        assertThat(again.json().get("reused").asBoolean()).isTrue();

        // unpublished: the public does not see it, the clerk does
        assertThat(client.get("/api/v1/councils/lac-phuong/datasets/" + id).status())
                .isEqualTo(404);
        assertThat(client.get("/lac-phuong/du-lieu-mo/" + id + ".csv").status()).isEqualTo(404);
        var delegate = client.get("/api/v1/councils/lac-phuong/datasets/" + id, "lacphuong.daibieu", PASSWORD);
        assertThat(delegate.status()).as(delegate.body()).isEqualTo(404);
        var staffView = client.get("/api/v1/councils/lac-phuong/datasets/" + id, CLERK, PASSWORD);
        assertThat(staffView.json().get("versions").get(0).get("rowCount").asInt())
                .isEqualTo(196);
        assertThat(staffView.json().get("versions").get(0).get("encoding").asString())
                .isEqualTo("UTF-8");

        // another council's clerk: not found, never forbidden
        var foreign = client.request(
                "POST", "/api/v1/councils/lac-phuong/datasets/" + id + "/publish", null, OTHER_CLERK, PASSWORD);
        assertThat(foreign.status()).isEqualTo(404);

        var published = client.request(
                "POST", "/api/v1/councils/lac-phuong/datasets/" + id + "/publish", null, CLERK, PASSWORD);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(published.json().get("publishedAt").isNull()).isFalse();
        var twice = client.request(
                "POST", "/api/v1/councils/lac-phuong/datasets/" + id + "/publish", null, CLERK, PASSWORD);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.header("Content-Type")).startsWith("application/problem+json");

        // rows sorted on the server by date, newest first
        var rows =
                client.get("/api/v1/councils/lac-phuong/datasets/" + id + "/rows?sort=date-create&order=desc&size=3");
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        assertThat(rows.json().get("total").asInt()).isEqualTo(196);
        assertThat(rows.json().get("items").get(0).get("date-create").asString())
                .isEqualTo("2023-10-02");
        assertThat(client.get("/api/v1/councils/lac-phuong/datasets/" + id + "/rows?sort=nope")
                        .status())
                .isEqualTo(400);

        // CSV: UTF-8 with BOM, a download, with ETag answered 304 when unchanged
        var download = client.getBytes("/lac-phuong/du-lieu-mo/" + id + ".csv", null, null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(download.body()[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Nâng cấp, cải tạo tuyến đường GTNT thôn 8").contains("2023-10-02");
        String etag = download.headers().firstValue("ETag").orElseThrow();
        assertThat(download.headers().firstValue("Last-Modified")).isPresent();
        var conditional = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(client.baseUrl() + "/lac-phuong/du-lieu-mo/" + id + ".csv"))
                                .header("If-None-Match", etag)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(conditional.statusCode()).isEqualTo(304);

        var jsonFile = client.get("/lac-phuong/du-lieu-mo/" + id + ".json");
        assertThat(jsonFile.status()).isEqualTo(200);
        assertThat(jsonFile.json().get("rows").size()).isEqualTo(196);
        assertThat(jsonFile.json().get("columns").get(3).get("type").asString()).isEqualTo("DATE");

        // the public page: table sorted without script, chart drawn on the server
        var page = client.get("/lac-phuong/du-lieu-mo/" + id + "?sort=date-create&order=asc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("aria-sort=\"ascending\"").contains("<table class=\"data\"");
        assertThat(client.get("/lac-phuong/du-lieu-mo").body()).contains(id);

        // DCAT: the council's catalogue lists it with its distributions
        var dcat = client.get("/lac-phuong/du-lieu-mo/catalog.jsonld");
        assertThat(dcat.header("Content-Type")).startsWith("application/ld+json");
        JsonNode catalogue = dcat.json();
        assertThat(catalogue.get("@type").asString()).isEqualTo("dcat:Catalog");
        JsonNode dataset = catalogue
                .get("dcat:dataset")
                .valueStream()
                .filter(d -> d.get("dct:identifier").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(dataset.get("dct:license").get("@id").asString()).contains("creativecommons.org/licenses/by/4.0");
        assertThat(dataset.get("dct:publisher").get("foaf:name").asString())
                .isEqualTo("Hội đồng nhân dân Xã Lạc Phượng");
        JsonNode csvDistribution = dataset.get("dcat:distribution").get(0);
        assertThat(csvDistribution.get("@type").asString()).isEqualTo("dcat:Distribution");
        assertThat(csvDistribution.get("dcat:downloadURL").get("@id").asString())
                .endsWith("/lac-phuong/du-lieu-mo/" + id + ".csv");
        assertThat(csvDistribution.get("dcat:mediaType").get("@id").asString()).endsWith("text/csv");
        assertThat(csvDistribution.get("dct:modified").get("@value").asString()).isNotBlank();
    }

    @Test
    void refusesBadRowsWithReasonsAndImportsTheGoodOnesOnlyWhenAsked() {
        String id = newDataset("Vốn đầu tư công trình " + UUID.randomUUID(), "INVESTMENT");
        String csv = "Công trình;Vốn (đồng);Khởi công\r\n"
                + "Đường thôn 1;1.234.567;05/9/2025\r\n"
                + "Đường thôn 2;khoảng 2 tỷ;31/02/2025\r\n"
                + ";;\r\n"
                + "Nhà văn hóa;2.500.000;1/10/2025\r\n";
        var refused = importFile(id, "von.csv", csv.getBytes(StandardCharsets.UTF_8), "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("state").asString()).isEqualTo("FAILED");
        assertThat(refused.json().get("error").asString()).isEqualTo("opendata.import.badRows");
        JsonNode problems = refused.json().get("problems");
        assertThat(problems.valueStream()
                        .map(p -> p.get("row").asInt() + " " + p.get("column").asString()))
                .containsExactly("3 Vốn (đồng)", "3 Khởi công");
        assertThat(client.get("/api/v1/councils/lac-phuong/datasets/" + id, CLERK, PASSWORD)
                        .json()
                        .get("versions")
                        .size())
                .isZero();

        var kept = importFile(id, "von.csv", csv.getBytes(StandardCharsets.UTF_8), "?keepGoodRows=true");
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        var version = client.get("/api/v1/councils/lac-phuong/datasets/" + id, CLERK, PASSWORD)
                .json()
                .get("versions")
                .get(0);
        assertThat(version.get("rowCount").asInt()).isEqualTo(2);
        assertThat(version.get("refusedCount").asInt()).isEqualTo(1);
        var rows = client.get("/api/v1/councils/lac-phuong/datasets/" + id + "/rows?version=1", CLERK, PASSWORD);
        assertThat(rows.json().get("items").get(0).get("von-dong").decimalValue())
                .isEqualByComparingTo("1234567");
    }

    @Test
    void readsAWindows1258FileWithCrOnlyLineEndsAsVietnamese() {
        String id = newDataset("Ngân sách Windows-1258 " + UUID.randomUUID(), "BUDGET");
        byte[] ansi = TestFiles.windows1258(
                "Tỉnh,Tổng thu (triệu đồng),Năm\rHải Phòng,\"9.752.000\",2006\rQuảng Ninh,\"4.371.000\",2006\r");
        var done = importFile(id, "ngan-sach.csv", ansi, "");
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        var rows = client.get(
                "/api/v1/councils/lac-phuong/datasets/" + id + "/rows?version=1&sort=tong-thu-trieu-dong&order=desc",
                CLERK,
                PASSWORD);
        assertThat(rows.json().get("items").get(0).get("tinh").asString()).isEqualTo("Hải Phòng");
        assertThat(rows.json().get("columns").get(1).get("unit").asString()).isEqualTo("TRIEU_DONG");
    }

    @Test
    void theCityCouncilPublishesTheDemoBudgetAndTheLegacyWorkbook() {
        var list = client.get("/api/v1/councils/thanh-pho/datasets");
        assertThat(list.status()).isEqualTo(200);
        JsonNode budget = list.json()
                .get("items")
                .valueStream()
                .filter(d -> d.get("title").asString().startsWith("Thu, chi ngân sách các tỉnh"))
                .findFirst()
                .orElseThrow();
        assertThat(budget.get("demo").asBoolean()).isTrue();
        assertThat(budget.get("publishedVersion").asInt()).isEqualTo(1);
        String id = budget.get("id").asString();
        // the largest revenue first: Hồ Chí Minh City
        var page = client.get("/thanh-pho/du-lieu-mo/" + id + "?sort=tong-thu&order=desc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ho Chi Minh City")
                .contains("<svg class=\"chart\"")
                .contains("633 dòng");
        String tableStart = page.body().substring(page.body().indexOf("<tbody>"));
        String firstRow = tableStart.substring(0, tableStart.indexOf("</tr>"));
        assertThat(firstRow).contains("Ho Chi Minh City");
        // chart of Hải Phòng-wide totals by year, as a line
        assertThat(page.body()).contains("class=\"line\"");

        JsonNode workbook = list.json()
                .get("items")
                .valueStream()
                .filter(d -> d.get("title").asString().startsWith("Cân đối ngân sách nhà nước năm 2017"))
                .findFirst()
                .orElseThrow();
        var detail = client.get(
                "/api/v1/councils/thanh-pho/datasets/" + workbook.get("id").asString());
        JsonNode version = detail.json().get("versions").get(0);
        assertThat(version.get("format").asString()).isEqualTo("XLS");
        assertThat(version.get("refusedCount").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode columns = version.get("columns");
        assertThat(columns.get(columns.size() - 1).get("unit").asString()).isEqualTo("TY_DONG");

        // the city-wide catalogue and its DCAT list datasets of several councils
        var city = client.get("/du-lieu-mo/catalog.jsonld");
        assertThat(city.json()
                        .get("dcat:dataset")
                        .valueStream()
                        .map(d -> d.get("dct:publisher").get("foaf:name").asString())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(2);
        assertThat(client.get("/du-lieu-mo").body()).contains("Thu, chi ngân sách các tỉnh");
        assertThat(client.get("/api/v1/datasets").json().get("total").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void bulkExportHoldsPublicDataWithAChecksummedManifestAndAnETag() throws Exception {
        var made = client.request("POST", "/api/v1/councils/lac-phuong/open-data/export", null, CLERK, PASSWORD);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        var zip = client.getBytes("/lac-phuong/du-lieu-mo/tai-ve.zip", null, null);
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        String etag = zip.headers().firstValue("ETag").orElseThrow();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries)
                .containsKeys(
                        "manifest.json",
                        "datasets.json",
                        "documents.json",
                        "documents.csv",
                        "delegates.json",
                        "delegates.csv",
                        "committees.json");
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("council").get("slug").asString()).isEqualTo("lac-phuong");
        for (JsonNode file : manifest.get("files")) {
            byte[] content = entries.get(file.get("path").asString());
            assertThat(content).as(file.get("path").asString()).isNotNull();
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                    .isEqualTo(file.get("sha256").asString());
        }
        assertThat(new String(entries.get("documents.json"), StandardCharsets.UTF_8))
                .contains("02/KH-TTHĐND");
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("datasets/") && name.endsWith(".csv"));
        // nothing changed: the same export, the same ETag, 304 on a conditional request
        client.request("POST", "/api/v1/councils/lac-phuong/open-data/export", null, CLERK, PASSWORD);
        var conditional = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(client.baseUrl() + "/lac-phuong/du-lieu-mo/tai-ve.zip"))
                                .header("If-None-Match", etag)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(conditional.statusCode()).isEqualTo(304);
    }

    @Test
    void clerkPreviewsMapsAndImportsInTheBackgroundWithProgress() throws IOException, InterruptedException {
        String id = newDataset("Dự toán theo biểu " + UUID.randomUUID(), "BUDGET");
        CouncilId council = councils.requireBySlug("lac-phuong").id();
        byte[] xls = Files.readAllBytes(DATA.resolve("mof-budget-plan-2017.xls"));
        ImportPreview preview = Tenancy.call(
                TenantScope.staffOf(council),
                () -> imports.upload(council, new DatasetId(UUID.fromString(id)), "mof-budget-plan-2017.xls", xls));
        assertThat(preview.format()).isEqualTo("XLS");
        assertThat(preview.refusedRows()).isGreaterThanOrEqualTo(1);

        WebSession web = new WebSession(client);
        web.signIn(CLERK, PASSWORD);
        String importPage = "/app/councils/lac-phuong/open-data/imports/" + preview.importId();
        var shown = web.get(importPage);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .contains("Thu nội địa")
                .contains("Dự toán – năm 2017")
                .contains("tỷ đồng");
        // without the choice to keep good rows the import refuses, with the row and its reason
        var started =
                web.submit(importPage, importPage, Map.of("action", "start", "headerRow", "8", "headerRows", "2"));
        assertThat(started.status()).isEqualTo(302);
        TestClient.Response progress = awaitFinished(web, importPage + "/progress");
        assertThat(progress.body()).contains("Chưa nhập").contains("30");
        started =
                web.submit(importPage, importPage, Map.of("action", "start", "keepGoodRows", "true", "headerRow", "8"));
        assertThat(started.status()).isEqualTo(302);
        progress = awaitFinished(web, importPage + "/progress");
        assertThat(progress.body()).contains("Đã nhập xong").contains("phiên bản 1");
        assertThat(web.get("/app/councils/lac-phuong/open-data").body()).contains("Dự toán theo biểu");
        // someone from another council gets 404 in this council's workspace
        WebSession other = new WebSession(client);
        other.signIn(OTHER_CLERK, PASSWORD);
        assertThat(other.get(importPage).status()).isEqualTo(404);
    }

    private static TestClient.Response awaitFinished(WebSession web, String path) throws InterruptedException {
        TestClient.Response response = web.get(path);
        for (int i = 0; i < 100 && response.body().contains("hx-trigger"); i++) {
            Thread.sleep(100);
            response = web.get(path);
        }
        return response;
    }
}
