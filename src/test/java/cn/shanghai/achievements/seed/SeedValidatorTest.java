package cn.shanghai.achievements.seed;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Institution;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedValidatorTest {

    private static final String GV = "gv-971";

    private static String problemsOf(SeedMutations seed) {
        SeedException e =
                assertThrows(SeedException.class, () -> SeedValidator.validate(SeedReader.parse(seed.bytes())));
        return String.join("\n", e.problems());
    }

    private static void assertProblem(SeedMutations seed, String... expected) {
        String problems = problemsOf(seed);
        for (String part : expected) {
            assertTrue(problems.contains(part), "expected '" + part + "' in:\n" + problems);
        }
    }

    @Test
    void theShippedSeedIsValid() {
        assertDoesNotThrow(() -> SeedValidator.validate(SeedReader.parse(new SeedMutations().bytes())));
    }

    @Test
    void unknownCategory() {
        assertProblem(
                new SeedMutations().edit(Seed.ACHIEVEMENTS, GV, a -> a.put("category", "potion")),
                "achievements.json",
                "(gv-971)",
                "unknown category 'potion'");
    }

    @Test
    void unknownInstitutionReference() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("institutions").get(0)).put("id", "nobody")),
                "(gv-971) institutions[0]",
                "unknown institution 'nobody'");
    }

    @Test
    void unknownSourceInACitation() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones")
                                                .get(0)
                                                .get("citations")
                                                .get(0))
                                        .put("sourceId", "rumour")),
                "(gv-971) milestones[0] citations[0]",
                "unknown source 'rumour'");
    }

    @Test
    void unknownMilestoneType() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones").get(0)).put("type", "exploded")),
                "unknown milestone type 'exploded'");
    }

    @Test
    void badDates() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones").get(0)).put("date", "2019-02-30")),
                "(gv-971) milestones[0]",
                "date '2019-02-30'");
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones").get(0)).put("date", "2019-13")),
                "date '2019-13'");
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones").get(0)).put("dateBasis", "guessed")),
                "dateBasis 'guessed'");
    }

    @Test
    void duplicateId() {
        assertProblem(
                new SeedMutations()
                        .editTree(
                                Seed.ACHIEVEMENTS,
                                t -> ((ArrayNode) t).add(t.get(0).deepCopy())),
                "duplicate id");
    }

    @Test
    void missingCitation() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones").get(0)).putArray("citations")),
                "(gv-971) milestones[0]",
                "has no citation");
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("institutions").get(0)).remove("citations")),
                "(gv-971) institutions[0]",
                "has no citation");
    }

    @Test
    void quoteTooLongOrEmpty() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones")
                                                .get(0)
                                                .get("citations")
                                                .get(0))
                                        .put("quote", "字".repeat(81))),
                "longer than 80");
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("milestones")
                                                .get(0)
                                                .get("citations")
                                                .get(0))
                                        .put("quote", " ")),
                "quote is empty");
    }

    @Test
    void noMilestone() {
        assertProblem(
                new SeedMutations().edit(Seed.ACHIEVEMENTS, GV, a -> a.putArray("milestones")),
                "(gv-971): has no milestone");
    }

    @Test
    void missingNames() {
        assertProblem(
                new SeedMutations().edit(Seed.ACHIEVEMENTS, GV, a -> ((ObjectNode) a.get("name")).remove("zh-Hant")),
                "(gv-971): name needs");
        assertProblem(
                new SeedMutations().edit(Seed.ACHIEVEMENTS, GV, a -> ((ObjectNode) a.get("summary")).put("en", "")),
                "summary needs");
    }

    @Test
    void idNotASlug() {
        assertProblem(
                new SeedMutations().edit(Seed.ACHIEVEMENTS, GV, a -> a.put("id", "GV 971")), "is not a lowercase slug");
    }

    @Test
    void badRoleAndInstitutionType() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("institutions").get(0)).put("role", "sponsor")),
                "role 'sponsor'");
        assertProblem(
                new SeedMutations().edit(Seed.INSTITUTIONS, "simm", i -> i.put("type", "club")),
                "institutions.json",
                "(simm)",
                "type 'club'");
    }

    @Test
    void unknownParentAndParentCycle() {
        assertProblem(
                new SeedMutations().edit(Seed.INSTITUTIONS, "simm", i -> i.put("parentId", "nobody")),
                "(simm): unknown parentId 'nobody'");
        assertProblem(
                new SeedMutations().edit(Seed.INSTITUTIONS, "cas", i -> i.put("parentId", "simm")),
                "parents form a cycle");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() {
        assertProblem(
                new SeedMutations().replaceText(Seed.INSTITUTIONS, "[{\"id\": \"x\",\n  oops}]"),
                "institutions.json: malformed at line 2");
    }

    @Test
    void unknownFieldIsRejected() {
        assertProblem(
                new SeedMutations().edit(Seed.ACHIEVEMENTS, GV, a -> a.put("colour", "blue")),
                "achievements.json: malformed",
                "colour");
    }

    @Test
    void indicatorProblems() {
        assertProblem(
                new SeedMutations().editTree(Seed.INDICATORS, t -> ((ObjectNode) t.get(0)).put("period", "2023/2016")),
                "indicators.json[0]",
                "period '2023/2016'");
        assertProblem(
                new SeedMutations().editTree(Seed.INDICATORS, t -> ((ObjectNode) t.get(0)).putNull("value")),
                "value is missing");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String problems = problemsOf(new SeedMutations()
                .edit(Seed.ACHIEVEMENTS, GV, a -> a.put("category", "potion"))
                .edit(Seed.INSTITUTIONS, "simm", i -> i.put("type", "club")));
        assertTrue(problems.contains("potion") && problems.contains("club"), problems);
    }

    private static ObjectNode milestone(ObjectNode achievement, int index) {
        return (ObjectNode) achievement.get("milestones").get(index);
    }

    @Test
    void aMilestoneDatedByAReportYearCitesAReportOfThatYear() {
        // gv-971's first milestone cites the 2018 report: dated 2017 "by the reporting year" it cites no such report
        assertProblem(
                new SeedMutations()
                        .edit(Seed.ACHIEVEMENTS, GV, a -> milestone(a, 0).put("date", "2017-07")),
                "(gv-971) milestones[0]",
                "is dated reporting-year 2017-07 but cites no report of 2017 that dates it");
        assertProblem(
                new SeedMutations()
                        .edit(Seed.ACHIEVEMENTS, GV, a -> milestone(a, 0).put("dateBasis", "undated")),
                "is undated but gives a month or day (2018-07)");
    }

    @Test
    void unknownDateBasis() {
        assertProblem(
                new SeedMutations()
                        .edit(Seed.ACHIEVEMENTS, GV, a -> milestone(a, 0).put("dateBasis", "rumoured")),
                "dateBasis 'rumoured' is not one of");
    }

    @Test
    void aNoteIsInThreeScripts() {
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> milestone(a, 0).putObject("note").put("en", "only English")),
                "(gv-971) milestones[0]: note needs non-blank zh-Hans, zh-Hant and en");
    }

    @Test
    void everyInstitutionAQuoteNamesIsLinkedOrOmittedWithAReason() {
        // gv-971's quotes name 中国海洋大学 (ouc), a co-developer: unlinked, it must be listed as omitted
        assertProblem(
                new SeedMutations().edit(Seed.ACHIEVEMENTS, GV, a -> {
                    ArrayNode links = (ArrayNode) a.get("institutions");
                    for (int i = links.size() - 1; i >= 0; i--) {
                        if (links.get(i).get("id").asText().equals("ouc")) {
                            links.remove(i);
                        }
                    }
                }),
                "(gv-971): a quote names institution 'ouc': link it, or list it in omittedInstitutions with the reason");
        assertProblem(
                new SeedMutations()
                        .edit(
                                Seed.ACHIEVEMENTS,
                                GV,
                                a -> ((ObjectNode) a.get("omittedInstitutions").get(0)).put("reason", " ")),
                "(gv-971) omittedInstitutions[0]: needs a reason");
    }

    @Test
    void aNameInsideALongerNameIsNotTakenForIt() {
        Institution airline =
                new Institution("air-china", "enterprise", new Localized("国航", "國航", "Air China"), List.of(), null);
        Institution casc = new Institution(
                "casc", "enterprise", new Localized("中国航天科技集团", "中國航天科技集團", "CASC"), List.of("航天科技集团"), null);
        InstitutionNames names = InstitutionNames.of(List.of(airline, casc));
        assertEquals(Set.of("casc"), names.named(List.of("由中国航天科技集团研制")));
        assertEquals(Set.of("air-china"), names.named(List.of("与国航、东航签署")));
        assertEquals(Set.of("casc"), names.named(List.of("中 国 航 天 科 技 集 团")), "letter-spacing is ignored");
    }

    @Test
    void aSeriesNeverMixesTargetsWithActualValuesNorChangesWhatItCounts() {
        String metric = "biomedicine-industry-scale";
        assertProblem(
                new SeedMutations().editTree(Seed.INDICATORS, tree -> {
                    for (JsonNode n : tree) {
                        if (n.get("metric").asText().equals(metric + "-target")) {
                            ((ObjectNode) n).put("metric", metric);
                        }
                    }
                }),
                "mixes targets and actual values in metric " + metric);
        assertProblem(
                new SeedMutations().editTree(Seed.INDICATORS, tree -> {
                    int seen = 0;
                    for (JsonNode n : tree) {
                        if (n.get("metric").asText().equals(metric) && seen++ == 1) {
                            ((ObjectNode) n).put("measure", "running-total");
                        }
                    }
                }),
                "measure running-total differs from metric " + metric);
    }

    @Test
    void anIndicatorSaysWhatItMeasuresAndWhere() {
        assertProblem(
                new SeedMutations().editTree(Seed.INDICATORS, tree -> {
                    ((ObjectNode) tree.get(0)).remove("measure");
                    ((ObjectNode) tree.get(0)).put("qualifier", "roughly");
                    ((ObjectNode) tree.get(0)).remove("scope");
                }),
                "measure 'null' is not one of",
                "qualifier 'roughly' is not one of",
                "scope 'null' is missing");
    }

    @Test
    void sectorsAndMilestoneTypesAreDefined() {
        assertProblem(
                new SeedMutations()
                        .editTree(
                                Seed.VOCABULARY,
                                tree -> ((ObjectNode) tree.get("milestoneTypes").get(0)).remove("definition")),
                "milestoneTypes[0] (developed): definition needs non-blank zh-Hans, zh-Hant and en");
    }
}
