package cn.shanghai.achievements.search;

import cn.shanghai.achievements.caching.DatasetVersionSource;
import cn.shanghai.achievements.common.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The searchable texts of the records a query matched, folded for ranking and explaining hits. Entries are built
 * for matched ids only and kept (boundedly) per dataset version, so memory follows the queries, not the catalogue.
 * It reads the tables by entity name, so it depends on no feature's classes.
 */
@ApplicationScoped
public class SearchIndex {

    static final int MAX_ENTRIES = 50_000;
    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    DatasetVersionSource versions;

    private final Map<String, SearchEntry> entries = new ConcurrentHashMap<>();
    private volatile String version = "";

    /** The entries of the given records of one kind, by id. */
    @Transactional
    Map<String, SearchEntry> entries(SearchEntry.Kind kind, Collection<String> ids) {
        String current = versions.currentVersion().orElse("");
        if (!current.equals(version)) {
            entries.clear();
            version = current;
        }
        Map<String, SearchEntry> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            SearchEntry e = entries.get(kind + ":" + id);
            if (e != null) {
                out.put(id, e);
            } else {
                missing.add(id);
            }
        }
        for (int i = 0; i < missing.size(); i += CHUNK) {
            List<String> chunk = missing.subList(i, Math.min(i + CHUNK, missing.size()));
            Map<String, SearchEntry> built =
                    kind == SearchEntry.Kind.achievement ? achievements(chunk) : institutions(chunk);
            out.putAll(built);
            if (entries.size() + built.size() > MAX_ENTRIES) {
                entries.clear();
            }
            built.forEach((id, e) -> entries.put(kind + ":" + id, e));
        }
        return out;
    }

    private Map<String, SearchEntry> institutions(List<String> ids) {
        Map<String, List<String>> aliases =
                aliases("select i.id, a from Institution i join i.aliases a where i.id in :ids", ids);
        Map<String, SearchEntry> out = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select i.id, i.name.zhHans, i.name.zhHant, i.name.en, i.type from Institution i where i.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            String id = (String) r[0];
            Localized name = new Localized((String) r[1], (String) r[2], (String) r[3]);
            List<SearchEntry.Field> fields = names(name);
            aliases.getOrDefault(id, List.of())
                    .forEach(a -> fields.add(SearchEntry.Field.of("alias", SearchEntry.Role.ALIAS, a)));
            out.put(id, new SearchEntry(SearchEntry.Kind.institution, id, name, (String) r[4], List.copyOf(fields)));
        }
        return out;
    }

    private Map<String, SearchEntry> achievements(List<String> ids) {
        Map<String, List<String>> aliases =
                aliases("select a.id, x from Achievement a join a.aliases x where a.id in :ids", ids);
        Map<String, List<String>> links = new HashMap<>();
        Set<String> linked = new HashSet<>();
        for (Object[] r : em.createQuery(
                        "select l.achievement.id, l.institution.id from AchievementInstitution l where l.achievement.id in :ids"
                                + " order by l.position",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            links.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
            linked.add((String) r[1]);
        }
        Map<String, List<String>> institutionTexts = new HashMap<>();
        if (!linked.isEmpty()) {
            List<String> linkedIds = List.copyOf(linked);
            Map<String, List<String>> linkedAliases =
                    aliases("select i.id, a from Institution i join i.aliases a where i.id in :ids", linkedIds);
            for (Object[] r : em.createQuery(
                            "select i.id, i.name.zhHans, i.name.zhHant, i.name.en from Institution i where i.id in :ids",
                            Object[].class)
                    .setParameter("ids", linkedIds)
                    .getResultList()) {
                List<String> texts = new ArrayList<>(List.of((String) r[1], (String) r[2], (String) r[3]));
                texts.addAll(linkedAliases.getOrDefault((String) r[0], List.of()));
                institutionTexts.put((String) r[0], texts);
            }
        }
        Map<String, SearchEntry> out = new HashMap<>();
        for (Object[] r :
                em.createQuery("""
                select a.id, a.name.zhHans, a.name.zhHant, a.name.en, a.category.id,
                       a.summary.zhHans, a.summary.zhHant, a.summary.en from Achievement a where a.id in :ids""", Object[].class).setParameter("ids", ids).getResultList()) {
            String id = (String) r[0];
            Localized name = new Localized((String) r[1], (String) r[2], (String) r[3]);
            List<SearchEntry.Field> fields = names(name);
            aliases.getOrDefault(id, List.of())
                    .forEach(a -> fields.add(SearchEntry.Field.of("alias", SearchEntry.Role.ALIAS, a)));
            fields.add(SearchEntry.Field.of("summary.zh-Hans", SearchEntry.Role.SUMMARY, (String) r[5]));
            fields.add(SearchEntry.Field.of("summary.zh-Hant", SearchEntry.Role.SUMMARY, (String) r[6]));
            fields.add(SearchEntry.Field.of("summary.en", SearchEntry.Role.SUMMARY, (String) r[7]));
            for (String inst : links.getOrDefault(id, List.of())) {
                for (String text : institutionTexts.getOrDefault(inst, List.of())) {
                    fields.add(SearchEntry.Field.of("institutions." + inst, SearchEntry.Role.INSTITUTION, text));
                }
            }
            out.put(id, new SearchEntry(SearchEntry.Kind.achievement, id, name, (String) r[4], List.copyOf(fields)));
        }
        return out;
    }

    private static List<SearchEntry.Field> names(Localized name) {
        List<SearchEntry.Field> fields = new ArrayList<>();
        fields.add(SearchEntry.Field.of("name.zh-Hans", SearchEntry.Role.NAME, name.zhHans()));
        fields.add(SearchEntry.Field.of("name.zh-Hant", SearchEntry.Role.NAME, name.zhHant()));
        fields.add(SearchEntry.Field.of("name.en", SearchEntry.Role.NAME, name.en()));
        return fields;
    }

    private Map<String, List<String>> aliases(String jpql, List<String> ids) {
        Map<String, List<String>> out = new HashMap<>();
        for (Object[] r :
                em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }
}
