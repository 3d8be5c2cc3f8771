package cn.shanghai.achievements.search;

import cn.shanghai.achievements.common.DatasetVersionSource;
import cn.shanghai.achievements.common.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The searchable texts of every record, folded once per dataset version and kept in memory for ranking and
 * explaining hits. It reads the tables by entity name, so it depends on no feature's classes.
 */
@ApplicationScoped
public class SearchIndex {

    @Inject
    EntityManager em;

    @Inject
    DatasetVersionSource versions;

    private volatile Snapshot snapshot = new Snapshot("", Map.of(), Map.of());

    record Snapshot(String version, Map<String, SearchEntry> achievements, Map<String, SearchEntry> institutions) {
    }

    /** The entries for the dataset version being served, rebuilt when it changes. */
    @Transactional
    Snapshot current() {
        String version = versions.currentVersion().orElse("");
        Snapshot s = snapshot;
        if (!s.version().equals(version)) {
            synchronized (this) {
                s = snapshot;
                if (!s.version().equals(version)) {
                    s = build(version);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot build(String version) {
        Map<String, List<String>> institutionAliases = aliases("select i.id, a from Institution i join i.aliases a");
        Map<String, Localized> institutionNames = new HashMap<>();
        Map<String, SearchEntry> institutions = new HashMap<>();
        for (Object[] r : em.createQuery("select i.id, i.name.zhHans, i.name.zhHant, i.name.en, i.type from Institution i", Object[].class)
                .getResultList()) {
            String id = (String) r[0];
            Localized name = new Localized((String) r[1], (String) r[2], (String) r[3]);
            institutionNames.put(id, name);
            List<SearchEntry.Field> fields = names(name);
            institutionAliases.getOrDefault(id, List.of())
                    .forEach(a -> fields.add(SearchEntry.Field.of("alias", SearchEntry.Role.ALIAS, a)));
            institutions.put(id, new SearchEntry(SearchEntry.Kind.institution, id, name, (String) r[4], List.copyOf(fields)));
        }

        Map<String, List<String>> achievementAliases = aliases("select a.id, x from Achievement a join a.aliases x");
        Map<String, List<String>> links = new HashMap<>();
        for (Object[] r : em.createQuery("select l.achievement.id, l.institution.id from AchievementInstitution l order by l.position",
                Object[].class).getResultList()) {
            links.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        Map<String, SearchEntry> achievements = new HashMap<>();
        for (Object[] r : em.createQuery("""
                select a.id, a.name.zhHans, a.name.zhHant, a.name.en, a.category.id,
                       a.summary.zhHans, a.summary.zhHant, a.summary.en from Achievement a""", Object[].class).getResultList()) {
            String id = (String) r[0];
            Localized name = new Localized((String) r[1], (String) r[2], (String) r[3]);
            List<SearchEntry.Field> fields = names(name);
            achievementAliases.getOrDefault(id, List.of())
                    .forEach(a -> fields.add(SearchEntry.Field.of("alias", SearchEntry.Role.ALIAS, a)));
            fields.add(SearchEntry.Field.of("summary.zh-Hans", SearchEntry.Role.SUMMARY, (String) r[5]));
            fields.add(SearchEntry.Field.of("summary.zh-Hant", SearchEntry.Role.SUMMARY, (String) r[6]));
            fields.add(SearchEntry.Field.of("summary.en", SearchEntry.Role.SUMMARY, (String) r[7]));
            for (String inst : links.getOrDefault(id, List.of())) {
                Localized n = institutionNames.get(inst);
                String field = "institutions." + inst;
                fields.add(SearchEntry.Field.of(field, SearchEntry.Role.INSTITUTION, n.zhHans()));
                fields.add(SearchEntry.Field.of(field, SearchEntry.Role.INSTITUTION, n.zhHant()));
                fields.add(SearchEntry.Field.of(field, SearchEntry.Role.INSTITUTION, n.en()));
                institutionAliases.getOrDefault(inst, List.of())
                        .forEach(a -> fields.add(SearchEntry.Field.of(field, SearchEntry.Role.INSTITUTION, a)));
            }
            achievements.put(id, new SearchEntry(SearchEntry.Kind.achievement, id, name, (String) r[4], List.copyOf(fields)));
        }
        return new Snapshot(version, Map.copyOf(achievements), Map.copyOf(institutions));
    }

    private static List<SearchEntry.Field> names(Localized name) {
        List<SearchEntry.Field> fields = new ArrayList<>();
        fields.add(SearchEntry.Field.of("name.zh-Hans", SearchEntry.Role.NAME, name.zhHans()));
        fields.add(SearchEntry.Field.of("name.zh-Hant", SearchEntry.Role.NAME, name.zhHant()));
        fields.add(SearchEntry.Field.of("name.en", SearchEntry.Role.NAME, name.en()));
        return fields;
    }

    private Map<String, List<String>> aliases(String jpql) {
        Map<String, List<String>> out = new HashMap<>();
        for (Object[] r : em.createQuery(jpql, Object[].class).getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }
}
