package cn.shanghai.achievements.release;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.citation.References;
import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.model.Release;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The releases as an Atom feed (RFC 4287), for people and systems that subscribe rather than poll. */
@NonBlocking
@Path("/api/v1/releases.atom")
@Tag(name = "Releases")
public class ReleaseFeedResource {

    static final String ATOM = "application/atom+xml";
    /** The newest releases the feed carries. */
    static final int ENTRIES = 50;

    @Inject
    Releases releases;

    @GET
    @Produces(ATOM)
    @Operation(
            operationId = "releaseFeed",
            summary = "The releases as an Atom feed",
            description =
                    "The newest 50 releases, newest first, each with its counts, the curators' notes and links to the release, its changes and its dump.")
    @APIResponse(
            responseCode = "200",
            description = "The Atom feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public Response feed() {
        Catalogue c = releases.catalogue();
        String base = References.publicUrl();
        List<Release> all = c.releases();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("  <title>Shanghai innovation-achievements catalogue: releases</title>\n");
        x.append("  <id>").append(escape(base + ApiPaths.BASE + "/releases")).append("</id>\n");
        x.append("  <link rel=\"self\" href=\"")
                .append(escape(base + ApiPaths.BASE + "/releases.atom"))
                .append("\"/>\n");
        x.append("  <updated>").append(c.release().publishedAt()).append("</updated>\n");
        x.append("  <author><name>Innovation-achievements catalogue</name></author>\n");
        for (Release r : all.subList(0, Math.min(ENTRIES, all.size()))) {
            String href = base + ApiPaths.release(r.seq());
            x.append("  <entry>\n");
            x.append("    <id>").append(escape(href)).append("</id>\n");
            x.append("    <title>Release ")
                    .append(r.seq())
                    .append(" (")
                    .append(escape(r.version()))
                    .append(")</title>\n");
            x.append("    <updated>").append(r.publishedAt()).append("</updated>\n");
            x.append("    <link rel=\"alternate\" type=\"application/json\" href=\"")
                    .append(escape(href))
                    .append("\"/>\n");
            x.append("    <link rel=\"related\" type=\"application/x-ndjson\" href=\"")
                    .append(escape(href + "/dump"))
                    .append("\"/>\n");
            StringBuilder summary = new StringBuilder();
            for (Map.Entry<String, Integer> e : r.counts().entrySet()) {
                summary.append(summary.isEmpty() ? "" : ", ")
                        .append(e.getValue())
                        .append(' ')
                        .append(e.getKey());
            }
            if (r.notes() != null) {
                summary.append(". ").append(r.notes());
            }
            x.append("    <summary>").append(escape(summary.toString())).append("</summary>\n");
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return Response.ok(x.toString()).type(ATOM + "; charset=UTF-8").build();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
