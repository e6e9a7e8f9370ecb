package vn.hdndso.opendata.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Jackson's XML format is on the class path for Open311 only ({@link Open311Format} writes it
 * itself). Spring would otherwise offer XML for every answer of the application, and a browser,
 * whose Accept header ranks {@code application/xml} above any other type, would get the JSON API
 * and its problem details as XML. So the application's message converters stay as they were.
 */
@Configuration(proxyBeanMethods = false)
class Open311XmlOnly implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(
                converters -> converters.removeIf(converter -> converter instanceof JacksonXmlHttpMessageConverter));
    }
}
