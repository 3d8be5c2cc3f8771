package cn.shanghai.achievements.search;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.common.Localized;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search hit: what it is, and why it matched. */
@Schema(name = "SearchHit")
public record SearchHitView(
        @Schema(
                required = true,
                enumeration = {"achievement", "institution"})
        String kind,

        @Schema(required = true, example = "xuelong-2") String id,
        @Schema(required = true) Localized name,

        @Schema(required = true, description = "The name in the language asked for (lang, else Accept-Language)")
        String displayName,

        @Schema(
                required = true,
                description = "The category of an achievement, or the type of an institution",
                example = "ship")
        String group,

        @Schema(required = true) Matched matched,
        @Schema(required = true) Hyperlinks links) {

    /** Which field matched, its text, how (text, pinyin, or through a linked institution), and where for highlighting. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SearchMatch")
    public record Matched(
            @Schema(
                    required = true,
                    enumeration = {"exact-name", "exact-alias", "prefix", "part", "summary", "institution", "other"})
            String rank,

            @Schema(
                    description =
                            "The field that matched: name.zh-Hans, name.zh-Hant, name.en, alias, summary.en, institutions.{id}, …",
                    example = "name.zh-Hant")
            String field,

            @Schema(description = "The field's text", example = "“雪龍2”號極地科學考察破冰船")
            String text,

            @Schema(
                    required = true,
                    enumeration = {"text", "pinyin", "institution"})
            String via,

            @Schema(description = "Start of the match in text (UTF-16 index), when it can be located")
            Integer start,

            @Schema(description = "End of the match in text (exclusive)")
            Integer end) {}

    static final String[] RANKS = {"exact-name", "exact-alias", "prefix", "part", "summary", "institution", "other"};

    static SearchHitView of(SearchEntry e, Ranker.Match m, cn.shanghai.achievements.common.Lang lang) {
        Matched matched = new Matched(
                RANKS[m.level()],
                m.field() == null ? null : m.field().name(),
                m.field() == null ? null : m.field().text(),
                m.via(),
                m.start() >= 0 ? m.start() : null,
                m.start() >= 0 ? m.end() : null);
        String self =
                e.kind() == SearchEntry.Kind.achievement ? ApiPaths.achievement(e.id()) : ApiPaths.institution(e.id());
        return new SearchHitView(
                e.kind().name(), e.id(), e.name(), lang.pick(e.name()), e.group(), matched, Hyperlinks.self(self));
    }

    /** The schema of one page of hits. */
    @Schema(name = "SearchPage")
    public record Page(
            @Schema(required = true) List<SearchHitView> items,
            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "3") long total) {}
}
