package vn.hdndso.opendata;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the open-data module ({@code hdnd.opendata} in application.yaml).
 *
 * @param defaultLicence the licence a new dataset gets unless the clerk chooses another
 * @param licenceUrl the address of that licence (DCAT {@code dct:license})
 * @param exportCron when the daily bulk export of every council runs (Vietnam time)
 * @param maxRows the most rows one import may hold
 */
@ConfigurationProperties("hdnd.opendata")
public record OpenDataProperties(
        @Nullable String defaultLicence,
        @Nullable String licenceUrl,
        @Nullable String exportCron,
        @Nullable Integer maxRows) {

    public String licence() {
        return defaultLicence == null || defaultLicence.isBlank() ? "CC BY 4.0" : defaultLicence;
    }

    public String licenceAddress() {
        return licenceUrl == null || licenceUrl.isBlank() ? "https://creativecommons.org/licenses/by/4.0/" : licenceUrl;
    }

    public int rowLimit() {
        return maxRows == null || maxRows <= 0 ? 1_000_000 : maxRows;
    }
}
