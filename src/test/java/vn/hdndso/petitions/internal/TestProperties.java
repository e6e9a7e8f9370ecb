package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.YamlMapFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The module's settings as application.yaml has them, for unit tests without Spring. */
final class TestProperties {

    private TestProperties() {}

    static PetitionsProperties defaults() {
        return withAddressLimit(30);
    }

    @SuppressWarnings("unchecked")
    static PetitionsProperties withAddressLimit(int perHour) {
        var yaml = new YamlMapFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        Map<String, Object> root = yaml.getObject();
        Map<String, Object> p = (Map<String, Object>) ((Map<String, Object>) root.get("hdnd")).get("petitions");
        List<PetitionsProperties.Field> fields = new ArrayList<>();
        Object listed = p.get("fields");
        var entries = listed instanceof Map<?, ?> map ? map.values() : (List<Object>) listed;
        for (Object o : entries) {
            Map<String, Object> f = (Map<String, Object>) o;
            fields.add(new PetitionsProperties.Field(
                    (String) f.get("code"), (String) f.get("name"), (String) f.get("parent"), (String)
                            f.get("keywords")));
        }
        return new PetitionsProperties(
                (Integer) p.get("answer-days"),
                (Integer) p.get("reminder-days"),
                (Integer) p.get("publish-working-days"),
                ((Number) p.get("auto-group-threshold")).doubleValue(),
                ((Number) p.get("suggest-threshold")).doubleValue(),
                (Integer) p.get("max-content"),
                perHour,
                (Integer) p.get("per-contact-per-day"),
                (String) p.get("consent-purpose"),
                fields,
                (String) p.get("city-keywords"),
                (String) p.get("central-keywords"),
                (String) p.get("complaint-keywords"));
    }
}
