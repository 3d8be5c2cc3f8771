package cn.shanghai.achievements.indicator;

import cn.shanghai.achievements.api.Links;
import cn.shanghai.achievements.common.Exports;
import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Paging;
import cn.shanghai.achievements.common.PastRelease;
import cn.shanghai.achievements.common.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Headline statistics from the documents. */
@NonBlocking
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class IndicatorResource {

    @Inject
    ObjectMapper json;

    @Inject
    IndicatorService service;

    @GET
    @Operation(
            operationId = "listIndicators",
            summary = "List headline statistics",
            description =
                    "Statistics the documents report (industry size by year, approval counts, platform figures), each with its period, value, unit and citation, ordered by metric and period. A period overlapping [from, to] matches.")
    @APIResponse(
            responseCode = "200",
            description = "One page of indicators; the Link header points to first, prev, next and last",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorView.IndicatorPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(
                            description = "Metric, repeatable",
                            example = "biomedicine-industry-scale",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
                    @QueryParam("metric")
                    List<String> metric,
            @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD: periods ending on or after it", example = "2019")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "YYYY, YYYY-MM or YYYY-MM-DD: periods starting on or before it", example = "2023")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description =
                                    "Only indicators created or changed after this release (a number), or in the releases published on or after this date (YYYY-MM-DD) or instant",
                            example = "1")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @BeanParam Paging paging,
            @BeanParam PastRelease release,
            @Context HttpServerRequest http) {
        PageRequest request = paging.request();
        return Links.page(service.list(metric, from, to, updatedSince, request), http);
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/x-ndjson", Exports.XLSX})
    @Blocking
    @Operation(
            operationId = "exportIndicators",
            summary = "Export every indicator",
            description =
                    "Every indicator of the release served, streamed: CSV (UTF-8 with BOM, bilingual headers, one value a line), XLSX (the same columns, every cell text) or NDJSON (one indicator a line as the list gives it). The ETag follows the release, not the build.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Exports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @APIResponse(
            responseCode = "400",
            description = "format is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(
                            description = "csv (default), xlsx or ndjson",
                            schema = @Schema(enumeration = {"csv", "xlsx", "ndjson"}))
                    @QueryParam("format")
                    String format) {
        Exports.Format f = Exports.Format.parse(format);
        List<IndicatorView> all = service.all();
        StreamingOutput body = switch (f) {
            case CSV -> out -> Exports.csv(IndicatorView.CSV_HEADERS, all, IndicatorView::cells, out);
            case XLSX -> out -> Exports.xlsx("指标", IndicatorView.CSV_HEADERS, all, IndicatorView::cells, out);
            case NDJSON -> out -> Exports.ndjson(all, v -> v, json, out);
        };
        return Exports.download(f, "indicators", all.size(), body);
    }
}
