package vn.hdndso;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link ModularityTests} does not check: a module's {@code internal} packages are its own,
 * and what lives there is package-private (the module's API is its root package).
 */
class ArchitectureTests {

    private static final String ROOT = "vn.hdndso.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hdndso");

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        List<String> violations = CLASSES.stream()
                .flatMap(origin -> origin.getDirectDependenciesFromSelf().stream())
                .filter(ArchitectureTests::reachesIntoAnotherModulesInternals)
                .map(Dependency::getDescription)
                .distinct()
                .sorted()
                .toList();
        assertThat(violations).as("uses of another module's internal types").isEmpty();
    }

    /**
     * Spring names a scanned bean after its simple class name: two modules each with a component
     * called {@code DeliveryJob} stop the application from starting. Each module names its beans
     * after what they are in that module ({@code WebhookDeliveryJob}).
     */
    @Test
    void componentNamesAreUniqueAcrossModules() {
        var components = CLASSES.stream()
                .filter(c -> c.isMetaAnnotatedWith(org.springframework.stereotype.Component.class))
                .filter(c -> !c.isNestedClass())
                .collect(java.util.stream.Collectors.groupingBy(JavaClass::getSimpleName));
        List<String> clashes = components.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": "
                        + e.getValue().stream().map(JavaClass::getName).sorted().toList())
                .sorted()
                .toList();
        assertThat(clashes).as("components with the same simple name").isEmpty();
    }

    @Test
    void internalTypesArePackagePrivate() {
        List<String> publicTypes = CLASSES.stream()
                .filter(ArchitectureTests::isInternal)
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        assertThat(publicTypes)
                .as("public top-level types in internal packages (the module's API belongs in its root package)")
                .isEmpty();
    }

    private static boolean reachesIntoAnotherModulesInternals(Dependency dependency) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        return target.getPackageName().startsWith(ROOT)
                && isInternal(target)
                && !moduleOf(target).equals(moduleOf(dependency.getOriginClass()));
    }

    private static boolean isInternal(JavaClass type) {
        String name = type.getPackageName();
        return name.contains(".internal.") || name.endsWith(".internal");
    }

    /** The module a type belongs to: the first package below {@code vn.hdndso}. */
    static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return "";
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
