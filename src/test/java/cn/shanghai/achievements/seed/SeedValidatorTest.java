package cn.shanghai.achievements.seed;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
}
