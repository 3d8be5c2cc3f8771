package cn.shanghai.achievements;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Keeps the feature packages apart and the layers thin. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.shanghai.achievements");

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("..achievements.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..achievement..",
                        "..institution..",
                        "..source..",
                        "..vocabulary..",
                        "..meta..",
                        "..seed..",
                        "..indicator..")
                .check(CLASSES);
    }

    @Test
    void featuresFormNoCycles() {
        slices().matching("cn.shanghai.achievements.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void onlyTheSeedFeatureWritesAcrossFeatures() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..seed..", "..achievement..", "..meta..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..seed..")
                .check(CLASSES);
    }

    @Test
    void resourcesAreThinAndNeverTouchRepositoriesOrTheEntityManager() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        for (String feature :
                new String[] {"achievement", "institution", "source", "vocabulary", "meta", "indicator"}) {
            classes()
                    .that()
                    .resideInAPackage("..achievements." + feature)
                    .and()
                    .haveSimpleNameEndingWith("Repository")
                    .should()
                    .onlyBeAccessed()
                    .byClassesThat()
                    .resideInAPackage("..achievements." + feature)
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void resourcesReturnViewsNeverEntities() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(DescribedPredicate.describe("not an entity", c -> !c.isAnnotatedWith(Entity.class)))
                .check(CLASSES);
    }
}
