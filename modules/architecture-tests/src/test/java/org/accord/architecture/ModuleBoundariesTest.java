package org.accord.architecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The monolith's module rules. Maven already refuses a {@code *-core} that depends on another module's core; these
 * rules keep the packages honest inside and across jars.
 */
class ModuleBoundariesTest {

    private static final String PLATFORM = "org.accord.platform..";

    static final ArchRule a_module_uses_only_its_own_code_other_modules_apis_and_the_platform = classes()
            .that().resideInAPackage("org.accord..").and().resideOutsideOfPackages(PLATFORM, "org.accord.app..")
            .should(dependOnlyOnOwnModuleOtherApisAndPlatform())
            .allowEmptyShould(true);

    static final ArchRule module_internals_do_not_depend_on_each_other = slices()
            .matching("org.accord.(*).internal..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true);

    static final ArchRule the_platform_depends_on_no_business_module = noClasses()
            .that().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.accord..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage(PLATFORM)));

    static final ArchRule domain_code_imports_no_framework = noClasses()
            .that().resideInAPackage("..internal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                    "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..", "org.apache.kafka..")
            .allowEmptyShould(true);

    static final ArchRule entities_live_in_persistence_packages = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().resideInAPackage("..internal.persistence..");

    private static ArchCondition<JavaClass> dependOnlyOnOwnModuleOtherApisAndPlatform() {
        return new ArchCondition<>("depend only on their own module, other modules' api packages and the platform") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownModule = moduleOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith("org.accord.") || target.startsWith("org.accord.platform")) {
                        return;
                    }
                    String targetModule = moduleOf(target);
                    boolean allowed = targetModule.equals(ownModule)
                            || target.startsWith("org.accord." + targetModule + ".api");
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String moduleOf(String packageName) {
        String rest = packageName.substring("org.accord.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void a_module_uses_only_its_own_code_other_modules_apis_and_the_platform() {
        a_module_uses_only_its_own_code_other_modules_apis_and_the_platform.check(AccordClasses.MAIN);
    }

    @Test
    void module_internals_do_not_depend_on_each_other() {
        module_internals_do_not_depend_on_each_other.check(AccordClasses.MAIN);
    }

    @Test
    void the_platform_depends_on_no_business_module() {
        the_platform_depends_on_no_business_module.check(AccordClasses.MAIN);
    }

    @Test
    void domain_code_imports_no_framework() {
        domain_code_imports_no_framework.check(AccordClasses.MAIN);
    }

    @Test
    void entities_live_in_persistence_packages() {
        entities_live_in_persistence_packages.check(AccordClasses.MAIN);
    }
}
