package vn.hdndso.search.internal;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hdndso.shared.InstallationProperties;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties, InstallationProperties installation) {
        Path dir = properties.indexDir() == null
                ? installation.dataDir().resolve("index")
                : properties.indexDir().toAbsolutePath().normalize();
        return new SearchIndex(dir);
    }
}
