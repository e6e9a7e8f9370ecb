package vn.hdndso.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** Open311 GeoReport v2 over petitions: services, a round trip, de-identification, XML, errors. */
@IntegrationTest
class Open311IntegrationTest {

    @Autowired
    TestClient client;

    static final String PHONE = "0912345678";
    static final String NAME = "Trần Thị Open";

    static byte[] form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }

    TestClient.Response post(String format, Map<String, String> params) {
        return client.postBytes(
                "/open311/v2/requests." + format, "application/x-www-form-urlencoded", form(params), null, null);
    }

    static Map<String, String> petition() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("jurisdiction_id", "lac-phuong");
        p.put("service_code", "QUY_HOACH_XAY_DUNG_GIAO_THONG");
        p.put("description", "Đề nghị sửa mặt đường liên thôn Đông Lạc bị sụt lún, xe máy đi lại rất nguy hiểm");
        p.put("first_name", "Trần Thị");
        p.put("last_name", "Open");
        p.put("phone", PHONE);
        p.put("address_string", "Số 12 ngõ 5 thôn Đông Lạc");
        p.put("lat", "21.0285");
        p.put("long", "105.8542");
        p.put("attribute[consent]", "true");
        p.put("attribute[area]", "Thôn Đông Lạc");
        return p;
    }

    static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void servicesAreThePetitionFieldsAndTheDefinitionAsksForConsent() throws Exception {
        var services = client.get("/open311/v2/services.json?jurisdiction_id=lac-phuong");
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.header("Content-Type")).startsWith("application/json");
        assertThat(services.json().size()).isEqualTo(13);
        JsonNode land = services.json()
                .valueStream()
                .filter(s -> s.get("service_code").asString().equals("DAT_DAI"))
                .findFirst()
                .orElseThrow();
        assertThat(land.get("service_name").asString()).isNotBlank();
        assertThat(land.get("metadata").asBoolean()).isTrue();
        assertThat(land.get("type").asString()).isEqualTo("realtime");

        var xmlServices = client.get("/open311/v2/services.xml?jurisdiction_id=lac-phuong");
        assertThat(xmlServices.header("Content-Type")).startsWith("text/xml");
        Document doc = xml(xmlServices.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(doc.getElementsByTagName("service").getLength()).isEqualTo(13);

        var definition = client.get("/open311/v2/services/DAT_DAI.json?jurisdiction_id=lac-phuong");
        assertThat(definition.status()).isEqualTo(200);
        JsonNode consent = definition.json().get("attributes").get(0);
        assertThat(consent.get("code").asString()).isEqualTo("consent");
        assertThat(consent.get("required").asBoolean()).isTrue();
        assertThat(consent.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(consent.get("values").get(0).get("key").asString()).isEqualTo("true");
        assertThat(consent.get("description").asString()).isNotBlank();

        Document defXml = xml(client.get("/open311/v2/services/DAT_DAI.xml?jurisdiction_id=lac-phuong")
                .body());
        assertThat(defXml.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(defXml.getElementsByTagName("attribute").getLength()).isEqualTo(2);
        assertThat(defXml.getElementsByTagName("value").getLength()).isEqualTo(1);

        assertThat(client.get("/open311/v2/services/KHONG_CO.json?jurisdiction_id=lac-phuong")
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/open311/v2/discovery.json")
                        .json()
                        .get("endpoints")
                        .get(0)
                        .get("url")
                        .asString())
                .endsWith("/open311/v2");
    }

    @Test
    void aPostedRequestCanBeReadBackWithoutThePetitionersData() throws Exception {
        var created = post("json", petition());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get(0).get("service_request_id").asString();
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(created.json().get(0).get("service_notice").asString()).contains(code);
        assertThat(created.header("Location")).contains("/open311/v2/requests/" + code + ".json");

        var read = client.get("/open311/v2/requests/" + code + ".json?jurisdiction_id=lac-phuong");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode request = read.json().get(0);
        assertThat(request.get("service_request_id").asString()).isEqualTo(code);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isNotBlank();
        assertThat(request.get("requested_datetime").asString()).endsWith("+07:00");
        assertThat(read.body())
                .doesNotContain(PHONE)
                .doesNotContain("Open\"")
                .doesNotContain("Trần Thị")
                .doesNotContain("Số 12")
                .doesNotContain("21.0285")
                .doesNotContain("sụt lún");

        var readXml = client.get("/open311/v2/requests/" + code + ".xml?jurisdiction_id=lac-phuong");
        Document doc = xml(readXml.body());
        assertThat(doc.getElementsByTagName("service_request_id").item(0).getTextContent())
                .isEqualTo(code);
        assertThat(readXml.body()).doesNotContain(PHONE).doesNotContain("Trần Thị");

        // the staff see the petition with its channel and personal data
        var mine = client.get("/api/v1/petitions/" + code);
        assertThat(mine.status()).isEqualTo(200);

        // another council does not know it
        assertThat(client.get("/open311/v2/requests/" + code + ".json?jurisdiction_id=nhi-chieu")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void publishedIssuesAreListedDeIdentified() throws Exception {
        var list = client.get("/open311/v2/requests.json?jurisdiction_id=lac-phuong");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().size()).isGreaterThanOrEqualTo(1);
        JsonNode first = list.json().get(0);
        assertThat(first.get("status_notes").asString()).isNotBlank();
        assertThat(first.get("updated_datetime").asString()).endsWith("+07:00");
        assertThat(first.get("lat").isNull()).isTrue();
        String id = first.get("service_request_id").asString();

        var one = client.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=lac-phuong");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get(0).get("status_notes").asString())
                .isEqualTo(first.get("status_notes").asString());
        var byIds = client.get("/open311/v2/requests.json?jurisdiction_id=lac-phuong&service_request_id=" + id);
        assertThat(byIds.json().size()).isEqualTo(1);
        var closedOnly = client.get("/open311/v2/requests.json?jurisdiction_id=lac-phuong&status=open");
        closedOnly
                .json()
                .valueStream()
                .forEach(r -> assertThat(r.get("status").asString()).isEqualTo("open"));
        var later = client.get("/open311/v2/requests.json?jurisdiction_id=lac-phuong&start_date=2999-01-01T00:00:00Z");
        assertThat(later.json().size()).isZero();

        Document doc = xml(client.get("/open311/v2/requests.xml?jurisdiction_id=lac-phuong")
                .body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(doc.getElementsByTagName("request").getLength())
                .isEqualTo(list.json().size());

        // the other council's published issue is not this council's
        assertThat(client.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=nhi-chieu")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputGetsOpen311ErrorsInVietnamese() throws Exception {
        Map<String, String> noConsent = petition();
        noConsent.remove("attribute[consent]");
        var refused = post("json", noConsent);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        JsonNode error = refused.json().get(0);
        assertThat(error.get("code").asInt()).isEqualTo(400);
        assertThat(error.get("description").asString())
                .startsWith("attribute[consent]")
                .contains("đồng ý");

        var refusedXml = post("xml", noConsent);
        assertThat(refusedXml.status()).isEqualTo(400);
        Document doc = xml(refusedXml.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(doc.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("400");

        Map<String, String> noJurisdiction = petition();
        noJurisdiction.remove("jurisdiction_id");
        assertThat(post("json", noJurisdiction).status()).isEqualTo(400);

        Map<String, String> unknown = petition();
        unknown.put("jurisdiction_id", "khong-co");
        var notFound = post("json", unknown);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().get(0).get("description").asString()).contains("khong-co");

        Map<String, String> badService = petition();
        badService.put("service_code", "KHONG_CO");
        assertThat(post("json", badService).status()).isEqualTo(400);

        Map<String, String> badNumbers = petition();
        badNumbers.put("lat", "bắc");
        badNumbers.put("description", "");
        var bad = post("json", badNumbers);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("lat");

        Map<String, String> empty = petition();
        empty.put("description", " ");
        var noText = post("json", empty);
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().get(0).get("description").asString()).startsWith("description");

        assertThat(client.get("/open311/v2/services.json").status()).isEqualTo(400);
        assertThat(client.get("/open311/v2/services.json?jurisdiction_id=khong-co")
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/open311/v2/requests.json?jurisdiction_id=lac-phuong&start_date=hôm-qua")
                        .status())
                .isEqualTo(400);
        assertThat(client.get("/open311/v2/requests/ZZZZZ-ZZZZZ.json?jurisdiction_id=lac-phuong")
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/open311/v2/services.csv?jurisdiction_id=lac-phuong")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theXmlOfOpen311LeavesTheRestOfTheApplicationInJson() throws Exception {
        var browser = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/v1/datasets"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .build();
        var answer = HttpClient.newHttpClient().send(browser, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }
}
