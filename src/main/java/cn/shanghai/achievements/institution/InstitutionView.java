package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Hyperlinks;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Institution;
import cn.shanghai.achievements.model.RecordKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An institution: in lists without, in detail with its parent and children. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Institution")
public record InstitutionView(
        @Schema(required = true, example = "simm") String id,

        @Schema(
                required = true,
                enumeration = {
                    "enterprise",
                    "research-institute",
                    "university",
                    "hospital",
                    "government-body",
                    "platform"
                })
        String type,

        @Schema(required = true) Localized name,

        @Schema(required = true, description = "The name in the language asked for (lang, else Accept-Language)")
        String displayName,

        @Schema(required = true, example = "[\"中科院上海药物研究所\", \"上海药物所\"]")
        List<String> aliases,

        @Schema(description = "The institution this one belongs to")
        Ref parent,

        @Schema(description = "Detail only: the institutions that belong to this one")
        List<Ref> children,

        @Schema(
                required = true,
                description =
                        "How many achievements this institution is linked to, itself or through one that belongs to it",
                example = "3")
        long achievementCount,

        @Schema(required = true, description = "The release this record was first created in", example = "1")
        int createdIn,

        @Schema(required = true, description = "The release this record last changed in", example = "3")
        int updatedIn,

        @Schema(required = true, description = "When that release was published")
        java.time.Instant updatedAt,

        @Schema(required = true) Hyperlinks links) {

    static InstitutionView summary(Catalogue c, Institution i, Lang lang) {
        return new InstitutionView(
                i.id(),
                i.type(),
                i.name(),
                lang.pick(i.name()),
                i.aliases(),
                parent(c, i),
                null,
                c.achievementCount(i.id()),
                c.createdIn(RecordKind.INSTITUTION, i.id()),
                c.updatedIn(RecordKind.INSTITUTION, i.id()),
                c.publishedAt(c.updatedIn(RecordKind.INSTITUTION, i.id())),
                links(i.id()));
    }

    static InstitutionView detail(Catalogue c, Institution i, Lang lang) {
        return new InstitutionView(
                i.id(),
                i.type(),
                i.name(),
                lang.pick(i.name()),
                i.aliases(),
                parent(c, i),
                c.children(i.id()).stream().map(Ref::of).toList(),
                c.achievementCount(i.id()),
                c.createdIn(RecordKind.INSTITUTION, i.id()),
                c.updatedIn(RecordKind.INSTITUTION, i.id()),
                c.publishedAt(c.updatedIn(RecordKind.INSTITUTION, i.id())),
                links(i.id()));
    }

    private static Ref parent(Catalogue c, Institution i) {
        return i.parentId() == null
                ? null
                : c.institution(i.parentId()).map(Ref::of).orElse(null);
    }

    private static Hyperlinks links(String id) {
        return new Hyperlinks(ApiPaths.institution(id), ApiPaths.institution(id) + "/achievements", null);
    }

    /** A short reference to another institution. */
    @Schema(name = "InstitutionRef")
    public record Ref(
            @Schema(required = true, example = "cas") String id,
            @Schema(required = true) Localized name,

            @Schema(required = true, example = "/api/v1/institutions/cas")
            String href) {

        public static Ref of(Institution i) {
            return new Ref(i.id(), i.name(), ApiPaths.institution(i.id()));
        }
    }

    /** The schema of one page of institutions, for the contract (the wire form is {@link cn.shanghai.achievements.common.PageView}). */
    @Schema(name = "InstitutionPage")
    public record InstitutionPage(
            @Schema(required = true) List<InstitutionView> items,
            @Schema(required = true, example = "1") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "137") long total) {}
}
