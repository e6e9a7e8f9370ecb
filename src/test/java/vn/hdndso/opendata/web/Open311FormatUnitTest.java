package vn.hdndso.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.NotFoundException;

/** The GeoReport v2 shapes as Jackson writes them: element names, list wrappers, nulls. */
class Open311FormatUnitTest {

    static final GeoReport.ServiceRequest REQUEST = new GeoReport.ServiceRequest(
            "ABCDE-FGHJK",
            "open",
            null,
            "Đất đai",
            "DAT_DAI",
            null,
            "UBND phường",
            "2026-11-25T08:00:00+07:00",
            null,
            null,
            3);

    @Test
    void aListIsABareArrayInJsonAndItsOwnRootInXml() {
        String json = Open311Format.JSON.write(new GeoReport.ServiceRequests(List.of(REQUEST)));
        assertThat(json)
                .isEqualTo("[{\"service_request_id\":\"ABCDE-FGHJK\",\"status\":\"open\",\"status_notes\":null,"
                        + "\"service_name\":\"Đất đai\",\"service_code\":\"DAT_DAI\",\"description\":null,"
                        + "\"agency_responsible\":\"UBND phường\",\"service_notice\":null,"
                        + "\"requested_datetime\":\"2026-11-25T08:00:00+07:00\",\"updated_datetime\":null,"
                        + "\"expected_datetime\":null,\"address\":null,\"address_id\":null,\"zipcode\":null,"
                        + "\"lat\":null,\"long\":null,\"media_url\":null,\"voter_count\":3}]");

        String xml = Open311Format.XML.write(new GeoReport.ServiceRequests(List.of(REQUEST)));
        assertThat(xml)
                .startsWith("<?xml")
                .endsWith("<service_requests><request><service_request_id>ABCDE-FGHJK</service_request_id>"
                        + "<status>open</status><status_notes/><service_name>Đất đai</service_name>"
                        + "<service_code>DAT_DAI</service_code><description/>"
                        + "<agency_responsible>UBND phường</agency_responsible><service_notice/>"
                        + "<requested_datetime>2026-11-25T08:00:00+07:00</requested_datetime>"
                        + "<updated_datetime/><expected_datetime/><address/><address_id/><zipcode/><lat/><long/>"
                        + "<media_url/><voter_count>3</voter_count></request></service_requests>");
    }

    @Test
    void nestedListsAreWrappedOneElementPerItem() {
        var definition = new GeoReport.ServiceDefinition(
                "DAT_DAI",
                List.of(
                        new GeoReport.Attribute(
                                true,
                                "consent",
                                "singlevaluelist",
                                true,
                                "Đồng ý",
                                1,
                                "Mục đích",
                                List.of(new GeoReport.AttributeValue("true", "Có"))),
                        new GeoReport.Attribute(true, "area", "string", false, "Chuỗi", 2, "Thôn", null)));
        assertThat(Open311Format.XML.write(definition))
                .endsWith("<service_definition><service_code>DAT_DAI</service_code><attributes>"
                        + "<attribute><variable>true</variable><code>consent</code>"
                        + "<datatype>singlevaluelist</datatype><required>true</required>"
                        + "<datatype_description>Đồng ý</datatype_description><order>1</order>"
                        + "<description>Mục đích</description>"
                        + "<values><value><key>true</key><name>Có</name></value></values></attribute>"
                        + "<attribute><variable>true</variable><code>area</code><datatype>string</datatype>"
                        + "<required>false</required><datatype_description>Chuỗi</datatype_description>"
                        + "<order>2</order><description>Thôn</description></attribute>"
                        + "</attributes></service_definition>");
        assertThat(Open311Format.JSON.write(definition)).doesNotContain("\"values\":null");

        var discovery = new GeoReport.Discovery(
                "c",
                "contact",
                "key",
                List.of(new GeoReport.Endpoint(
                        "spec", "url", "c", "production", List.of("application/json", "text/xml"))));
        assertThat(Open311Format.XML.write(discovery))
                .contains("<key_service>key</key_service>")
                .contains("<endpoints><endpoint>")
                .contains("<formats><format>application/json</format><format>text/xml</format></formats>");
    }

    @Test
    void errorsListCodeAndDescription() {
        var errors = new GeoReport.Errors(List.of(new GeoReport.Error(400, "lat: không phải số")));
        assertThat(Open311Format.XML.write(errors))
                .endsWith(
                        "<errors><error><code>400</code><description>lat: không phải số</description></error></errors>");
        assertThat(Open311Format.JSON.write(errors))
                .isEqualTo("[{\"code\":400,\"description\":\"lat: không phải số\"}]");
        assertThatThrownBy(() -> Open311Format.of("csv")).isInstanceOf(NotFoundException.class);
    }
}
