package vn.hdndso.shared.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import vn.hdndso.shared.VnDates;

/**
 * Vietnamese by default ({@link LocaleFilter} switches to English on {@code ?lang=en}); static
 * files only under their own paths, fingerprinted and cached for a year.
 *
 * <p>The static resources are mapped explicitly instead of Spring Boot's default {@code /**}: with
 * {@code /**} every link a template writes ({@code @{/lac-phuong}}, …) went through the resource
 * URL lookup of the fingerprinting filter, several class-path look-ups each, which took a quarter
 * of a council page's CPU and made the front page with its 115 links 30 times slower (see
 * docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final CacheControl A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    static final Locale VIETNAMESE = Locale.of("vi");

    /**
     * The client's address, first of all filters (before Spring's forwarded-header filter, which
     * then only sees what a trusted proxy sent): see {@link ClientAddressFilter}.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(
            ProxyProperties proxies) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new ClientAddressFilter(TrustedProxies.of(proxies.trusted())));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Spring MVC's handler mapping, looking a path up among the mappings it could match only. */
    @Bean
    org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations indexedRequestMappings() {
        return new org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations() {
            @Override
            public org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
                    getRequestMappingHandlerMapping() {
                return new IndexedRequestMappings();
            }
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("hdnd-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Dates in request parameters as people type them in Vietnam, and ISO ({@link VnDates}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return VnDates.parseDate(text);
            }

            @Override
            public String print(LocalDate value, Locale locale) {
                return value.toString();
            }
        });
        registry.addFormatterForFieldType(LocalDateTime.class, new Formatter<LocalDateTime>() {
            @Override
            public LocalDateTime parse(String text, Locale locale) {
                return VnDates.parseDateTime(text);
            }

            @Override
            public String print(LocalDateTime value, Locale locale) {
                return value.toString();
            }
        });
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        // the site's icons and the installable app's files, at the root where browsers look for them
        registry.addResourceHandler("/favicon.svg", "/favicon.ico", "/apple-touch-icon.png", "/icons/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(
                        CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic());
        // the service worker and the manifest change with a release: browsers ask again every time
        registry.addResourceHandler("/sw.js", "/manifest.webmanifest")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache());
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
