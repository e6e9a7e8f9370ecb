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
        Map<String, Object> root = java.util.Objects.requireNonNull(yaml.getObject());
        Map<String, Object> p = get(get(root, "hdnd"), "petitions");
        List<PetitionsProperties.Field> fields = new ArrayList<>();
        Object listed = get(p, "fields");
        var entries = listed instanceof Map<?, ?> map ? map.values() : (List<Object>) listed;
        for (Object o : entries) {
            Map<String, Object> f = (Map<String, Object>) o;
            fields.add(new PetitionsProperties.Field(
                    get(f, "code"), get(f, "name"), (String) f.get("parent"), (String) f.get("keywords")));
        }
        return new PetitionsProperties(
                get(p, "answer-days"),
                get(p, "reminder-days"),
                get(p, "publish-working-days"),
                TestProperties.<Number>get(p, "auto-group-threshold").doubleValue(),
                TestProperties.<Number>get(p, "suggest-threshold").doubleValue(),
                get(p, "max-content"),
                perHour,
                get(p, "per-contact-per-day"),
                get(p, "consent-purpose"),
                fields,
                get(p, "city-keywords"),
                get(p, "central-keywords"),
                get(p, "complaint-keywords"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> map, String key) {
        return (T) java.util.Objects.requireNonNull(map.get(key), key);
    }
}
