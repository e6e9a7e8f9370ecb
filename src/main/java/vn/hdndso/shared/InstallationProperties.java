package vn.hdndso.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the whole installation, from the environment (see the README).
 *
 * @param dataDir where the embedded database, files and index live ({@code HDND_DATA_DIR})
 * @param provinceCode the province whose councils this installation serves ({@code HDND_PROVINCE_CODE})
 * @param demo whether labelled demo content is loaded ({@code HDND_DEMO})
 * @param baseUrl the public address, for links in feeds and messages ({@code HDND_BASE_URL})
 */
@ConfigurationProperties("hdnd")
public record InstallationProperties(Path dataDir, String provinceCode, boolean demo, String baseUrl) {

    public InstallationProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (provinceCode == null || provinceCode.isBlank()) {
            provinceCode = "31";
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }
}
