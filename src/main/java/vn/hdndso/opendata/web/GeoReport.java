package vn.hdndso.opendata.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The documents of Open311 GeoReport v2 as records, written as JSON or XML by {@link Open311Format}.
 * Property names are GeoReport's ({@code service_code}: snake case from the component names). In
 * XML a list is a wrapper element holding one element per item ({@code <attributes><attribute>}),
 * a null is an empty element, and a list answer ({@code services}, {@code service_requests},
 * {@code errors}) is its root element with one element per item; in JSON a list answer is a bare
 * array.
 */
final class GeoReport {

    private GeoReport() {}

    /** The discovery document: where the endpoint is and what it speaks. */
    @JacksonXmlRootElement(localName = "discovery")
    record Discovery(
            String changeset,
            String contact,
            String keyService,

            @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint")
            List<Endpoint> endpoints) {}

    record Endpoint(
            String specification,
            String url,
            String changeset,
            String type,

            @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format")
            List<String> formats) {}

    /** One service: a petition field. */
    record Service(
            String serviceCode,
            String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    @JacksonXmlRootElement(localName = "service_definition")
    record ServiceDefinition(
            String serviceCode,

            @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute")
            List<Attribute> attributes) {}

    /** An attribute of a service definition; {@code values} only for a value list. */
    record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            String datatypeDescription,
            int order,
            String description,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JacksonXmlElementWrapper(localName = "values")
            @JacksonXmlProperty(localName = "value")
            @Nullable
            List<AttributeValue> values) {}

    record AttributeValue(String key, String name) {}

    /** A request as anyone may read it: never a voter's data or location (those are always null). */
    record ServiceRequest(
            String serviceRequestId,
            String status,
            @Nullable String statusNotes,
            String serviceName,
            String serviceCode,
            @Nullable String description,
            @Nullable String agencyResponsible,
            @Nullable String serviceNotice,
            String requestedDatetime,
            @Nullable String updatedDatetime,
            @Nullable String expectedDatetime,
            @Nullable String address,
            @Nullable String addressId,
            @Nullable String zipcode,
            @Nullable Double lat,
            @JsonProperty("long") @Nullable Double longitude,
            @Nullable String mediaUrl,
            int voterCount) {

        /** A request without location or media, as every request here is. */
        ServiceRequest(
                String serviceRequestId,
                String status,
                @Nullable String statusNotes,
                String serviceName,
                String serviceCode,
                @Nullable String description,
                @Nullable String agencyResponsible,
                String requestedDatetime,
                @Nullable String updatedDatetime,
                @Nullable String expectedDatetime,
                int voterCount) {
            this(
                    serviceRequestId,
                    status,
                    statusNotes,
                    serviceName,
                    serviceCode,
                    description,
                    agencyResponsible,
                    null,
                    requestedDatetime,
                    updatedDatetime,
                    expectedDatetime,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    voterCount);
        }
    }

    /** The answer to a submission. */
    record CreatedRequest(
            String serviceRequestId,
            String serviceNotice,
            @Nullable String accountId) {}

    record Error(int code, String description) {}

    @JacksonXmlRootElement(localName = "services")
    record Services(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service")
            List<Service> items)
            implements Listing {}

    @JacksonXmlRootElement(localName = "service_requests")
    record ServiceRequests(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
            List<ServiceRequest> items)
            implements Listing {}

    @JacksonXmlRootElement(localName = "service_requests")
    record CreatedRequests(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
            List<CreatedRequest> items)
            implements Listing {}

    @JacksonXmlRootElement(localName = "errors")
    record Errors(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error")
            List<Error> items) implements Listing {}

    /** A list answer: its items are the JSON array; the record itself is the XML root. */
    interface Listing {
        List<?> items();
    }
}
