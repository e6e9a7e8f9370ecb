package vn.hdndso.opendata.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;
import vn.hdndso.shared.NotFoundException;

/**
 * JSON or XML, chosen by the address's extension ({@code .json}, {@code .xml}); anything else is
 * not an Open311 address (404). Writes the {@link GeoReport} records with Jackson: a list answer
 * is a bare array in JSON and its own root element in XML.
 */
enum Open311Format {
    JSON("json", MediaType.APPLICATION_JSON),
    XML("xml", new MediaType("text", "xml", StandardCharsets.UTF_8));

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private static final XmlMapper XML_MAPPER = XmlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
            .disable(XmlWriteFeature.WRITE_NULLS_AS_XSI_NIL) // GeoReport writes a null as an empty element
            .build();

    final String extension;
    private final MediaType mediaType;

    Open311Format(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Open311Format of(String extension) {
        return switch (extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new NotFoundException("opendata.open311.format.unknown", extension);
        };
    }

    /** The format of an address that failed (errors answer in the format asked for; JSON otherwise). */
    static Open311Format of(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xml") ? XML : JSON;
    }

    ResponseEntity<String> ok(Object document) {
        return answer(document, HttpStatus.OK, null);
    }

    ResponseEntity<String> answer(Object document, HttpStatus status, @Nullable URI location) {
        var builder = ResponseEntity.status(status).contentType(mediaType);
        if (location != null) {
            builder.location(location);
        }
        return builder.body(write(document));
    }

    String write(Object document) {
        if (this == XML) {
            return XML_MAPPER.writeValueAsString(document);
        }
        Object json = document instanceof GeoReport.Listing listing ? listing.items() : document;
        return JSON_MAPPER.writeValueAsString(json);
    }
}
