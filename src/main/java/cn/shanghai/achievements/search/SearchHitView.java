package cn.shanghai.achievements.search;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Hit;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Achievement;
import cn.shanghai.achievements.model.Indicator;
import cn.shanghai.achievements.model.Institution;
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

    static SearchHitView of(Catalogue c, Hit h, Lang lang) {
        Matched matched = new Matched(
                h.rank(),
                h.field(),
                h.text(),
                h.via(),
                h.start() >= 0 ? h.start() : null,
                h.start() >= 0 ? h.end() : null);
        return switch (h.kind()) {
            case achievement -> {
                Achievement a = c.achievement(h.id()).orElseThrow();
                yield new SearchHitView(
                        h.kind().name(),
                        a.id(),
                        a.name(),
                        lang.pick(a.name()),
                        a.category(),
                        matched,
                        Hyperlinks.self(ApiPaths.achievement(a.id())));
            }
            case institution -> {
                Institution i = c.institution(h.id()).orElseThrow();
                yield new SearchHitView(
                        h.kind().name(),
                        i.id(),
                        i.name(),
                        lang.pick(i.name()),
                        i.type(),
                        matched,
                        Hyperlinks.self(ApiPaths.institution(i.id())));
            }
            case indicator -> {
                Indicator i = c.indicators().stream()
                        .filter(x -> x.id().equals(h.id()))
                        .findFirst()
                        .orElseThrow();
                yield new SearchHitView(
                        h.kind().name(),
                        i.id(),
                        i.name(),
                        lang.pick(i.name()),
                        i.metric(),
                        matched,
                        Hyperlinks.self(ApiPaths.indicators(i.metric())));
            }
        };
    }

    /** The schema of one page of hits. */
    @Schema(name = "SearchPage")
    public record Page(
            @Schema(required = true) List<SearchHitView> items,
            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "3") long total) {}
}
