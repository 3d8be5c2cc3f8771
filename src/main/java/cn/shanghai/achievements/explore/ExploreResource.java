package cn.shanghai.achievements.explore;

import cn.shanghai.achievements.achievement.AchievementFacets;
import cn.shanghai.achievements.achievement.AchievementQuery;
import cn.shanghai.achievements.achievement.AchievementReads;
import cn.shanghai.achievements.achievement.AchievementViews;
import cn.shanghai.achievements.catalogue.AchievementFilter;
import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.CitationView;
import cn.shanghai.achievements.common.Exports;
import cn.shanghai.achievements.common.Ids;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.PageView;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.RecordKind;
import cn.shanghai.achievements.model.Release;
import cn.shanghai.achievements.model.Source;
import cn.shanghai.achievements.model.Term;
import cn.shanghai.achievements.store.RecordHistory;
import cn.shanghai.achievements.text.Analysis;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The catalogue as web pages for people with a browser: search and browse with facets, record pages with every
 * fact's quote and source, downloads of the current view. Server-rendered from the same read model as the API; the
 * URL holds the whole state, and nothing needs JavaScript.
 */
@NonBlocking
@Path("/explore")
@Produces(MediaType.TEXT_HTML)
public class ExploreResource {

    static final String BASE = "/explore";
    static final int PAGE_SIZE = 20;

    @Inject
    AchievementReads reads;

    @Inject
    RecordHistory history;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchPage page);

        static native TemplateInstance achievement(RecordPage page);

        static native TemplateInstance source(SourcePage page);

        static native TemplateInstance institution(InstitutionPage page);

        static native TemplateInstance indicators(IndicatorsPage page);

        static native TemplateInstance releases(ReleasesPage page);
    }

    /** A link with its label, and whether it is the one in use. */
    public record Link(String label, String href, boolean selected) {}

    /** A link to the same view in another language (简体, 繁體, English). */
    public record LanguageLink(String label, String tag, String href, boolean selected) {}

    /** A facet value: what choosing it (or leaving it) gives. */
    public record Option(String label, long count, boolean selected, String href) {}

    public record Facet(String name, String title, List<Option> options) {}

    /** One result: the name with the matched text marked, dates and types of its first and latest milestones. */
    public record Row(
            String href,
            String before,
            String match,
            String after,
            String otherNames,
            String category,
            String first,
            String latest,
            String institutions) {}

    public record SearchPage(
            String lang,
            Map<String, String> t,
            String q,
            String sentence,
            long total,
            List<Row> rows,
            List<Facet> facets,
            List<Link> sorts,
            List<LanguageLink> languages,
            List<Link> downloads,
            String previous,
            String next,
            int page,
            int pages,
            String clear,
            List<Hidden> hidden) {}

    /** A state the search form keeps when it is sent again (the filters chosen). */
    public record Hidden(String name, String value) {}

    @GET
    public TemplateInstance search(
            @QueryParam("q") String q,
            @QueryParam("category") List<String> category,
            @QueryParam("sector") List<String> sector,
            @QueryParam("milestone") List<String> milestone,
            @QueryParam("year") String year,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Lang l = Lang.resolve(lang, acceptLanguage);
        ViewState state = new ViewState(q, category, sector, milestone, year, sort, l.tag);
        Catalogue c = reads.catalogue();
        AchievementQuery query = query(state);
        AchievementFilter filter = reads.filter(c, query, state.one("sort"));
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE));
        PageView<AchievementViews.Summary> found = reads.list(c, filter, request, l);
        AchievementFacets facets = AchievementFacets.of(c, filter, l);
        Map<String, String> t = Labels.of(l);

        List<Row> rows = new ArrayList<>();
        for (AchievementViews.Summary s : found.items()) {
            rows.add(row(c, s, state.one("q"), l));
        }
        List<Facet> groups = List.of(
                facet("category", t.get("category"), facets.category(), state),
                facet("sector", t.get("sector"), facets.sector(), state),
                facet("milestone", t.get("milestone"), facets.milestone(), state),
                facet("year", t.get("year"), facets.year(), state));
        List<Link> sorts = new ArrayList<>();
        String currentSort = filter.sort().wire;
        if (query.q != null) {
            sorts.add(new Link(
                    t.get("sortRelevance"),
                    state.with("sort", "relevance").url(BASE),
                    currentSort.equals("relevance")));
        }
        sorts.add(new Link(t.get("sortDateDesc"), state.with("sort", "-date").url(BASE), currentSort.equals("-date")));
        sorts.add(new Link(t.get("sortDate"), state.with("sort", "date").url(BASE), currentSort.equals("date")));
        sorts.add(new Link(t.get("sortName"), state.with("sort", "name").url(BASE), currentSort.equals("name")));
        List<LanguageLink> languages =
                languages(l, other -> state.with("lang", other.tag).url(BASE, found.page()));
        ViewState download = state.without("lang");
        List<Link> downloads = List.of(
                new Link("CSV", download.with("format", "csv").url(BASE + "/download"), false),
                new Link("XLSX", download.with("format", "xlsx").url(BASE + "/download"), false),
                new Link("NDJSON", download.with("format", "ndjson").url(BASE + "/download"), false));
        int pages = found.lastPage();
        List<Hidden> hidden = new ArrayList<>();
        for (String name : List.of("category", "sector", "milestone", "year", "lang")) {
            state.all(name).forEach(v -> hidden.add(new Hidden(name, v)));
        }
        return Templates.search(new SearchPage(
                l.tag,
                t,
                state.one("q"),
                sentence(c, found.total(), state, l),
                found.total(),
                rows,
                groups,
                sorts,
                languages,
                downloads,
                found.page() > 1 ? state.url(BASE, found.page() - 1) : null,
                found.page() < pages ? state.url(BASE, found.page() + 1) : null,
                found.page(),
                pages,
                state.without("category", "sector", "milestone", "year").url(BASE),
                hidden));
    }

    /** The list filters a view's state holds, as the API's reads take them. */
    private static AchievementQuery query(ViewState state) {
        AchievementQuery query = new AchievementQuery();
        query.q = state.one("q");
        query.category = state.all("category");
        query.sector = state.all("sector");
        query.milestone = state.all("milestone");
        query.year = state.one("year");
        return query;
    }

    /** The page of a record (achievements, institutions, sources), in a language. */
    static String href(String kind, String id, Lang l) {
        return BASE + "/" + kind + "/" + id + "?lang=" + l.tag;
    }

    /** The language switch of a page without other state. */
    static List<LanguageLink> languages(String path, Lang l) {
        return languages(l, other -> path + "?lang=" + other.tag);
    }

    /** The language switch: the same view in each of the three languages, the one in use marked. */
    static List<LanguageLink> languages(Lang l, Function<Lang, String> href) {
        return List.of(
                new LanguageLink("简体", Lang.ZH_HANS.tag, href.apply(Lang.ZH_HANS), l == Lang.ZH_HANS),
                new LanguageLink("繁體", Lang.ZH_HANT.tag, href.apply(Lang.ZH_HANT), l == Lang.ZH_HANT),
                new LanguageLink("English", Lang.EN.tag, href.apply(Lang.EN), l == Lang.EN));
    }

    private static Row row(Catalogue c, AchievementViews.Summary s, String q, Lang l) {
        String name = s.displayName();
        int at = q == null ? -1 : name.toLowerCase(Locale.ROOT).indexOf(q.toLowerCase(Locale.ROOT));
        int length = q == null ? 0 : q.length();
        if (at < 0 && q != null) {
            // the query in the other script or width (雪龍 for 雪龙): where folding keeps every character in place
            // each character folded on its own, so that positions stay those of the name
            StringBuilder folded = new StringBuilder(name.length());
            for (int k = 0; k < name.length(); k++) {
                String f = Analysis.key(String.valueOf(name.charAt(k)));
                folded.append(f.length() == 1 ? f.charAt(0) : Character.toLowerCase(name.charAt(k)));
            }
            String foldedName = folded.toString();
            String foldedQuery = Analysis.key(q);
            if (!foldedQuery.isEmpty()) {
                at = foldedName.indexOf(foldedQuery);
                length = foldedQuery.length();
            }
        }
        String before = at < 0 ? name : name.substring(0, at);
        String match = at < 0 ? "" : name.substring(at, at + length);
        String after = at < 0 ? "" : name.substring(at + length);
        Localized names = s.name();
        String others = String.join(
                " · ",
                List.of(names.zhHans(), names.zhHant(), names.en()).stream()
                        .filter(n -> !n.equals(name))
                        .distinct()
                        .toList());
        Term category = c.categories().get(s.category());
        return new Row(
                href("achievements", s.id(), l),
                before,
                match,
                after,
                others,
                category == null ? s.category() : l.pick(category.name()),
                milestone(c, s.firstMilestone(), l),
                milestone(c, s.latestMilestone(), l),
                String.join(
                        l == Lang.EN ? ", " : "、",
                        s.institutions().stream().map(i -> l.pick(i.name())).toList()));
    }

    private static String milestone(Catalogue c, AchievementViews.MilestoneRef m, Lang l) {
        if (m == null) {
            return "";
        }
        Term type = c.milestoneTypes().get(m.type());
        return m.date() + " " + (type == null ? m.type() : l.pick(type.name()));
    }

    private static Facet facet(String name, String title, List<AchievementFacets.Bucket> buckets, ViewState state) {
        List<Option> options = new ArrayList<>();
        for (AchievementFacets.Bucket b : buckets) {
            String label = b.displayName() == null ? b.id() : b.displayName();
            options.add(new Option(
                    label,
                    b.count(),
                    state.has(name, b.id()),
                    state.toggle(name, b.id()).url(BASE)));
        }
        return new Facet(name, title, options);
    }

    /** The filters stated as a sentence: "9 achievements in 药品, with a milestone in 2019, matching 甘露". */
    private static String sentence(Catalogue c, long total, ViewState state, Lang l) {
        List<String> parts = new ArrayList<>();
        boolean en = l == Lang.EN;
        List<String> cats = names(c.categories(), state.all("category"), l);
        List<String> secs = names(c.sectors(), state.all("sector"), l);
        List<String> types = names(c.milestoneTypes(), state.all("milestone"), l);
        String or = en ? " or " : "或";
        if (!cats.isEmpty()) {
            parts.add((en ? "in " : "类别为") + String.join(or, cats));
        }
        if (!secs.isEmpty()) {
            parts.add((en ? "in the sector " : "领域为") + String.join(or, secs));
        }
        if (!types.isEmpty()) {
            parts.add((en ? "with a milestone of type " : "含节点类型") + String.join(or, types));
        }
        if (state.one("year") != null) {
            parts.add((en ? "with a milestone in " : "有节点在") + state.one("year") + (en ? "" : "年"));
        }
        if (state.one("q") != null) {
            parts.add((en ? "matching “" : "匹配“") + state.one("q") + "”");
        }
        if (en) {
            return total + (total == 1 ? " achievement" : " achievements")
                    + (parts.isEmpty() ? "" : " " + String.join(", ", parts)) + ".";
        }
        return (parts.isEmpty() ? "" : String.join("，", parts) + "的") + "成果共 " + total + " 项。";
    }

    private static List<String> names(Map<String, Term> vocabulary, List<String> ids, Lang l) {
        return ids.stream()
                .map(id ->
                        vocabulary.containsKey(id) ? l.pick(vocabulary.get(id).name()) : id)
                .toList();
    }

    // ---- record pages

    public record Fact(String text, String quote, String reference, String sourceHref) {}

    public record MilestoneLine(String date, String type, String note, boolean dated, List<Fact> facts) {}

    public record InstitutionLine(String name, String href, String role, List<Fact> facts) {}

    public record RecordPage(
            String lang,
            Map<String, String> t,
            String name,
            Localized names,
            String summary,
            String category,
            String sector,
            List<MilestoneLine> milestones,
            List<InstitutionLine> institutions,
            Localized cite,
            String json,
            String curl,
            List<LanguageLink> languages) {}

    @GET
    @Path("achievements/{id}")
    public TemplateInstance achievement(
            @PathParam("id") @Pattern(regexp = Ids.SLUG, message = Ids.MESSAGE) String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Lang l = Lang.resolve(lang, acceptLanguage);
        Catalogue c = reads.catalogue();
        AchievementViews.Detail d = reads.get(c, id, l);
        List<MilestoneLine> milestones = new ArrayList<>();
        for (AchievementViews.MilestoneView m : d.milestones()) {
            Term type = c.milestoneTypes().get(m.type());
            milestones.add(new MilestoneLine(
                    m.date(),
                    type == null ? m.type() : l.pick(type.name()),
                    m.note() == null ? null : l.pick(m.note()),
                    m.dated(),
                    facts(m.citations(), l)));
        }
        List<InstitutionLine> institutions = new ArrayList<>();
        for (AchievementViews.InstitutionLink i : d.institutions()) {
            institutions.add(new InstitutionLine(
                    l.pick(i.name()), href("institutions", i.id(), l), i.role(), facts(i.citations(), l)));
        }
        Term category = c.categories().get(d.category());
        Term sector = c.sectors().get(d.sector());
        String api = References.publicUrl() + ApiPaths.achievement(id);
        String path = BASE + "/achievements/" + id;
        return Templates.achievement(new RecordPage(
                l.tag,
                Labels.of(l),
                d.displayName(),
                d.name(),
                l.pick(d.summary()),
                category == null ? d.category() : l.pick(category.name()),
                sector == null ? d.sector() : l.pick(sector.name()),
                milestones,
                institutions,
                d.cite(),
                ApiPaths.achievement(id),
                "curl -H 'Accept: application/json' " + api,
                languages(path, l)));
    }

    private static List<Fact> facts(List<CitationView> citations, Lang l) {
        return citations.stream()
                .map(cv -> new Fact(
                        cv.text(),
                        cv.quote(),
                        cv.reference() == null ? cv.sourceId() : l.pick(cv.reference()),
                        href("sources", cv.sourceId(), l)))
                .toList();
    }

    public record SourcePage(
            String lang,
            Map<String, String> t,
            String title,
            String publisher,
            String documentNumber,
            String date,
            String kind,
            String reference,
            List<Link> supports,
            String json,
            List<LanguageLink> languages) {}

    @GET
    @Path("sources/{id}")
    public TemplateInstance source(
            @PathParam("id") @Pattern(regexp = Ids.SLUG, message = Ids.MESSAGE) String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Lang l = Lang.resolve(lang, acceptLanguage);
        Catalogue c = reads.catalogue();
        Source s = c.source(id).orElseThrow(() -> c.missing(RecordKind.SOURCE, id));
        List<Link> supports = new ArrayList<>();
        for (Achievement a : c.achievements()) {
            boolean cites = a.milestones().stream()
                            .anyMatch(m -> m.citations().stream()
                                    .anyMatch(x -> x.sourceId().equals(id)))
                    || a.institutions().stream()
                            .anyMatch(i -> i.citations().stream()
                                    .anyMatch(x -> x.sourceId().equals(id)));
            if (cites) {
                supports.add(new Link(l.pick(a.name()), href("achievements", a.id(), l), false));
            }
        }
        return Templates.source(new SourcePage(
                l.tag,
                Labels.of(l),
                l.pick(s.title()),
                l.pick(s.publisher()),
                s.documentNumber(),
                s.date() == null ? String.valueOf(s.reportingYear()) : s.date(),
                s.kind(),
                l.pick(References.of(s)),
                supports,
                ApiPaths.source(id),
                languages(BASE + "/sources/" + id, l)));
    }

    // ---- institutions

    public record InstitutionPage(
            String lang,
            Map<String, String> t,
            String name,
            Localized names,
            List<String> aliases,
            String type,
            Link parent,
            List<Link> children,
            List<Link> achievements,
            String json,
            List<LanguageLink> languages) {}

    @GET
    @Path("institutions/{id}")
    public TemplateInstance institution(
            @PathParam("id") @Pattern(regexp = Ids.SLUG, message = Ids.MESSAGE) String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Lang l = Lang.resolve(lang, acceptLanguage);
        Catalogue c = reads.catalogue();
        Institution i = c.institution(id).orElseThrow(() -> c.missing(RecordKind.INSTITUTION, id));
        AchievementQuery query = new AchievementQuery();
        query.institution = List.of(id);
        List<Link> achievements = c.allAchievements(reads.filter(c, query, "name"), l).stream()
                .map(a -> new Link(l.pick(a.name()), href("achievements", a.id(), l), false))
                .toList();
        Link parent = i.parentId() == null
                ? null
                : c.institution(i.parentId())
                        .map(p -> new Link(l.pick(p.name()), href("institutions", p.id(), l), false))
                        .orElse(null);
        return Templates.institution(new InstitutionPage(
                l.tag,
                Labels.of(l),
                l.pick(i.name()),
                i.name(),
                i.aliases(),
                i.type(),
                parent,
                c.children(id).stream()
                        .map(ch -> new Link(l.pick(ch.name()), href("institutions", ch.id(), l), false))
                        .toList(),
                achievements,
                ApiPaths.institution(id),
                languages(BASE + "/institutions/" + id, l)));
    }

    // ---- indicators

    /** One value of a series, with its evidence. */
    public record Value(String period, String value, String unit, String qualifier, String measure, List<Fact> facts) {}

    /** A bar of a series' chart (server-rendered SVG): its place, size and label. */
    public record Bar(int x, int y, int width, int height, String label, String value) {}

    public record Series(String name, String scope, List<Value> values, List<Bar> bars, int chartWidth) {}

    public record IndicatorsPage(
            String lang,
            Map<String, String> t,
            List<Series> series,
            List<Link> downloads,
            List<LanguageLink> languages) {}

    static final int CHART_HEIGHT = 120;
    static final int BAR_WIDTH = 48;

    @GET
    @Path("indicators")
    public TemplateInstance indicators(
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        Lang l = Lang.resolve(lang, acceptLanguage);
        Catalogue c = reads.catalogue();
        Map<String, List<Indicator>> byMetric = new LinkedHashMap<>();
        c.indicators()
                .forEach(i -> byMetric.computeIfAbsent(i.metric(), k -> new ArrayList<>())
                        .add(i));
        List<Series> series = new ArrayList<>();
        for (List<Indicator> values : byMetric.values()) {
            Indicator first = values.get(0);
            List<Value> rows = new ArrayList<>();
            BigDecimal max = BigDecimal.ZERO;
            for (Indicator i : values) {
                rows.add(new Value(
                        i.period(),
                        i.value().stripTrailingZeros().toPlainString(),
                        l.pick(i.unit()),
                        i.qualifier(),
                        i.measure(),
                        facts(CitationView.of(i.citations(), References.of(c)), l)));
                max = max.max(i.value().abs());
            }
            List<Bar> bars = new ArrayList<>();
            if (values.size() > 1 && max.signum() > 0) {
                for (int k = 0; k < values.size(); k++) {
                    Indicator i = values.get(k);
                    int h = Math.max(
                            1,
                            i.value()
                                    .abs()
                                    .multiply(BigDecimal.valueOf(CHART_HEIGHT))
                                    .divide(max, RoundingMode.HALF_UP)
                                    .intValue());
                    bars.add(new Bar(
                            k * (BAR_WIDTH + 12) + 6,
                            CHART_HEIGHT - h + 16,
                            BAR_WIDTH,
                            h,
                            i.period(),
                            i.value().stripTrailingZeros().toPlainString()));
                }
            }
            series.add(
                    new Series(l.pick(first.name()), first.scope(), rows, bars, values.size() * (BAR_WIDTH + 12) + 12));
        }
        String path = BASE + "/indicators";
        List<Link> downloads = List.of(
                new Link("CSV", ApiPaths.BASE + "/indicators/export?format=csv", false),
                new Link("XLSX", ApiPaths.BASE + "/indicators/export?format=xlsx", false),
                new Link("NDJSON", ApiPaths.BASE + "/indicators/export?format=ndjson", false));
        return Templates.indicators(new IndicatorsPage(l.tag, Labels.of(l), series, downloads, languages(path, l)));
    }

    // ---- what changed

    /** One change of a release, as a reader sees it: the record, what happened to it and which fields changed. */
    public record ChangeLine(String kind, String label, String href, String change, String fields) {}

    public record ReleaseEntry(
            int seq, String version, String published, String counts, String notes, List<ChangeLine> changes) {}

    public record ReleasesPage(
            String lang, Map<String, String> t, List<ReleaseEntry> releases, List<LanguageLink> languages) {}

    /** The newest releases the page shows, each with what it changed. */
    static final int RELEASES_SHOWN = 10;

    static final int CHANGES_SHOWN = 200;

    @GET
    @Path("releases")
    @Blocking
    public TemplateInstance releases(
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        Lang l = Lang.resolve(lang, acceptLanguage);
        Catalogue c = reads.catalogue();
        List<ReleaseEntry> entries = new ArrayList<>();
        for (Release r : c.releases().stream().limit(RELEASES_SHOWN).toList()) {
            List<ChangeLine> lines = new ArrayList<>();
            for (RecordHistory.Change ch : history.between(r.seq() - 1, r.seq()).stream()
                    .limit(CHANGES_SHOWN)
                    .toList()) {
                String label = ch.id();
                String href = null;
                if (ch.kind() == RecordKind.ACHIEVEMENT) {
                    label = c.achievement(ch.id()).map(a -> l.pick(a.name())).orElse(ch.id());
                    href = ch.change().equals("deleted") ? null : href("achievements", ch.id(), l);
                } else if (ch.kind() == RecordKind.INSTITUTION) {
                    label = c.institution(ch.id()).map(x -> l.pick(x.name())).orElse(ch.id());
                    href = ch.change().equals("deleted") ? null : href("institutions", ch.id(), l);
                }
                lines.add(new ChangeLine(
                        ch.kind().wire,
                        label,
                        href,
                        ch.change(),
                        ch.change().equals("updated") ? String.join(", ", ch.fields()) : ""));
            }
            StringBuilder counts = new StringBuilder();
            r.counts()
                    .forEach((k, v) -> counts.append(counts.isEmpty() ? "" : ", ")
                            .append(v)
                            .append(' ')
                            .append(k));
            entries.add(new ReleaseEntry(
                    r.seq(), r.version(), r.publishedAt().toString(), counts.toString(), r.notes(), lines));
        }
        String path = BASE + "/releases";
        return Templates.releases(new ReleasesPage(l.tag, Labels.of(l), entries, languages(path, l)));
    }

    // ---- downloads

    @GET
    @Path("download")
    @Produces({"text/csv", "application/x-ndjson", Exports.XLSX})
    public Response download(
            @QueryParam("format") String format,
            @QueryParam("q") String q,
            @QueryParam("category") List<String> category,
            @QueryParam("sector") List<String> sector,
            @QueryParam("milestone") List<String> milestone,
            @QueryParam("year") String year,
            @QueryParam("sort") String sort) {
        ViewState state = new ViewState(q, category, sector, milestone, year, sort, null);
        Exports.Format f = Exports.Format.parse(format);
        // the API's export of the same filters: one implementation of each format, one URL to cite
        return Response.seeOther(URI.create(state.with("format", f.wire).url(ApiPaths.BASE + "/achievements/export")))
                .build();
    }
}
