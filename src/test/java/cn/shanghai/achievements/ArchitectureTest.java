package cn.shanghai.achievements;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: features ask the read model, the read model reads the store, and resources stay thin. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.shanghai.achievements");

    private static final String[] FEATURES = {
        "..achievements.achievement..",
        "..achievements.institution..",
        "..achievements.source..",
        "..achievements.vocabulary..",
        "..achievements.indicator..",
        "..achievements.search..",
        "..achievements.meta.."
    };

    @Test
    void commonDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("..achievements.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..achievements.model..",
                        "..achievements.catalogue..",
                        "..achievements.store..",
                        "..achievements.seed..",
                        "..achievements.achievement..",
                        "..achievements.institution..")
                .check(CLASSES);
    }

    /**
     * Reads are answered from the in-memory read model on the I/O thread that received them (no hand-off to a worker
     * thread); only what writes a stream of unknown length to the client (exports) runs on a worker.
     */
    @Test
    void resourcesAnswerOnTheIoThreadAndStreamOnWorkers() {
        classes()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .beAnnotatedWith(NonBlocking.class)
                .check(CLASSES);
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .and()
                .haveRawReturnType(Response.class)
                .and()
                .haveNameMatching("export.*")
                .should()
                .beAnnotatedWith(Blocking.class)
                .check(CLASSES);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("cn.shanghai.achievements.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void theReadModelKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("..achievements.catalogue..", "..achievements.store..", "..achievements.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreTouchesTheDatabase() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAPackage("..achievements.store..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackages("..achievements.store..", "..achievements.db..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(DataSource.class)
                .check(CLASSES);
    }

    @Test
    void featuresAskTheReadModelNotTheStoreOrLucene() {
        noClasses()
                .that()
                .resideInAnyPackage(FEATURES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..achievements.store..", "org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        for (String feature :
                new String[] {"achievement", "institution", "source", "vocabulary", "indicator", "search"}) {
            noClasses()
                    .that()
                    .resideInAPackage("..achievements." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(Arrays.stream(FEATURES)
                            .filter(f -> !f.equals("..achievements." + feature + ".."))
                            .toArray(String[]::new))
                    .check(CLASSES);
        }
    }

    @Test
    void resourcesReturnViewsNeverRecordsOfTheModel() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(DescribedPredicate.describe(
                        "not an entity or a model record",
                        c -> !c.isAnnotatedWith(Entity.class)
                                && !c.getPackageName().endsWith(".model")))
                .check(CLASSES);
    }
}
