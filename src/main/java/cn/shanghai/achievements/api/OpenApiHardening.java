package cn.shanghai.achievements.api;

import cn.shanghai.achievements.common.PageRequest;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.text.QueryText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * States in the contract what the service does everywhere, so that each operation need not repeat it and a typed
 * client is exactly as precise as the service: the conditional request header and the validator, cache, paging,
 * rate-limit and CORS headers; the 400, 406, 429, 500 and 503 problems every request can meet; and the bounds of
 * every string, array and integer in the wire model (an int32 stays within int32). Streamed exports are bodies of
 * any length and get no maxLength. Examples that a YAML 1.1 parser would read as timestamps are left out.
 */
public class OpenApiHardening implements OASFilter {

    static final int MAX_STRING = 4000;
    static final int MAX_ARRAY = 1000;
    private static final Set<String> UNUSED = Set.of("Page", "Term");
    static final String SERVER = "https://achievements.sh.cn";
    /** Media types of streamed bodies: any length, so no maxLength. */
    private static final Set<String> STREAMED = Set.of("text/csv", "application/x-ndjson", "application/atom+xml");
    /** What YAML 1.1 (and parsers that follow it) reads as a timestamp rather than a string. */
    private static final Pattern YAML_TIMESTAMP = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([Tt ].*)?");

    private static final Map<String, String> TAGS = Map.of(
            "Achievements",
                    "Drugs, devices, chips, satellites, aircraft, ships, materials, labs: lists, details, facets, timeline, exports",
            "Institutions", "Who developed, made, built or operated each achievement, with aliases and parents",
            "Sources", "The documents every fact is traced to, and what each one supports",
            "Search", "One box across achievements and institutions, in any script or pinyin",
            "Vocabulary", "Categories, with names in three scripts and counts",
            "Indicators", "Headline statistics from the documents, each with period, unit and citation",
            "Dataset", "Version, counts, sources and licence of the dataset",
            "Releases", "Every dataset version loaded, what changed between two, the change feed and the dumps");

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String DATE = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
    static final String PERIOD = "^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$";

    /** A feed cursor: base64url. */
    static final String CURSOR = "^[A-Za-z0-9_-]{1,400}$";
    /** updatedSince: a release number, a date or an RFC 3339 instant. */
    static final String UPDATED_SINCE = "^(\\d{1,9}|\\d{4}-\\d{2}-\\d{2}([Tt][0-9:.]+([Zz]|[+-]\\d{2}:\\d{2}))?)$";

    /**
     * The shape of every string property that has one, by property name (the wire model uses each name for one kind
     * of value). Strings without a shape are free text in three scripts; .spectral.yaml lists them.
     */
    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("id", SLUG),
            Map.entry("sourceId", SLUG),
            Map.entry("category", SLUG),
            Map.entry("sector", SLUG),
            Map.entry("role", SLUG),
            Map.entry("metric", SLUG),
            Map.entry("group", SLUG),
            Map.entry("type", SLUG),
            Map.entry("date", DATE),
            Map.entry("period", PERIOD),
            Map.entry("datasetVersion", "^[0-9a-f]{16,64}$"),
            Map.entry("version", "^[0-9a-f]{16,64}$"),
            Map.entry("scope", SLUG),
            Map.entry("next", CURSOR),
            Map.entry("language", "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    /** String properties that hold a URL (relative to the host unless the name says otherwise). */
    private static final Set<String> URI_REFERENCES =
            Set.of("href", "self", "achievements", "openapi", "source", "instance", "changes", "dump");
    /**
     * What the service requires of a text query: at least one character that is not a control, format or space
     * character (a query of NULs would fold to nothing); ECMA-262, as JSON Schema takes it.
     */
    static final String QUERY_TEXT =
            "^[\\s\\S]*[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff][\\s\\S]*$";
    /** Date parameters: YYYY, YYYY-MM or YYYY-MM-DD. */
    private static final Set<String> DATE_PARAMETERS = Set.of("year", "from", "to");
    /** Query parameters whose values are ids or codes. */
    private static final Set<String> SLUG_PARAMETERS =
            Set.of("category", "sector", "institution", "milestone", "metric");

    /** The headers responses carry, defined once under components.headers, in a fixed order. */
    private static final Map<String, Header> SHARED_HEADERS = new LinkedHashMap<>();

    static {
        SHARED_HEADERS.put(
                "Access-Control-Allow-Origin",
                header("CORS: always *, for a public read API without credentials", constant("*")));
        SHARED_HEADERS.put(
                "Access-Control-Expose-Headers",
                header("CORS: the response headers a page may read", pattern("^[A-Za-z-]+(, [A-Za-z-]+)*$", 400)));
        SHARED_HEADERS.put(
                "X-Request-Id",
                header(
                        "The request's id: the caller's X-Request-Id if it is safe, else a new UUID",
                        pattern("^[A-Za-z0-9._:-]{1,64}$", 64)));
        SHARED_HEADERS.put("RateLimit-Limit", header("Requests a client may make in a burst", int32()));
        SHARED_HEADERS.put("RateLimit-Remaining", header("Requests left in the current burst", int32()));
        SHARED_HEADERS.put("RateLimit-Reset", header("Seconds until the burst is fully available again", int32()));
        SHARED_HEADERS.put(
                "RateLimit-Policy",
                header("The limit as quota;w=window seconds, e.g. 200;w=4", pattern("^\\d+;w=\\d+$", 40)));
        SHARED_HEADERS.put("Retry-After", header("Seconds to wait before retrying", int32()));
        SHARED_HEADERS.put(
                "ETag",
                header(
                        "The representation's strong validator; send it back in If-None-Match",
                        pattern("^\"[0-9a-f]{32}(-gz)?\"$", 80)));
        SHARED_HEADERS.put(
                "Cache-Control",
                header(
                        "public, max-age=300 on a representation; no-store on a problem",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .enumeration(List.of("public, max-age=300", "no-store"))));
        SHARED_HEADERS.put(
                "Vary",
                header(
                        "The request headers the representation depends on",
                        constant("Accept, Accept-Language, Accept-Encoding")));
        SHARED_HEADERS.put(
                "Link",
                header(
                        "RFC 8288 paging links: first, prev, next and last, relative to the host",
                        pattern(
                                "^<[^>]+>; rel=\"(first|prev|next|last)\"(, <[^>]+>; rel=\"(first|prev|next|last)\")*$",
                                MAX_STRING)));
        SHARED_HEADERS.put("X-Total-Count", header("How many records the export holds", int32()));
        SHARED_HEADERS.put(
                "Content-Disposition",
                header(
                        "attachment; filename=\"…\": the file name a browser saves the export under",
                        pattern("^attachment; filename=\"[a-z0-9.-]+\"$", 200)));
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        if (api.getComponents().getSchemas() != null) {
            UNUSED.forEach(api.getComponents()::removeSchema);
            api.getComponents().getSchemas().values().forEach(s -> bound(s, seen));
        }
        // "Try it out" from any instance goes to that instance; the production URL is listed second
        api.setServers(new ArrayList<>(List.of(
                OASFactory.createServer()
                        .url("/")
                        .description("This instance, whichever serves this document (local, staging or production)")
                        .addExtension("x-internal", false),
                OASFactory.createServer()
                        .url(SERVER)
                        .description("Production: the public catalogue")
                        .addExtension("x-internal", false))));
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> {
                if (tag.getDescription() == null) {
                    tag.setDescription(TAGS.getOrDefault(tag.getName(), tag.getName()));
                }
            });
        }
        SHARED_HEADERS.forEach((name, header) -> api.getComponents().addHeader(name, header));
        api.getComponents()
                .addParameter(
                        "If-None-Match",
                        OASFactory.createParameter()
                                .name("If-None-Match")
                                .in(Parameter.In.HEADER)
                                .description(
                                        "An ETag from an earlier answer (or *): a representation that has not changed is answered with 304 and no body")
                                .schema(pattern("^(\\*|(W/)?\"[^\"]{1,80}\"(\\s*,\\s*(W/)?\"[^\"]{1,80}\")*)$", 400)));
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getOperations().entrySet()) {
                Operation op = entry.getValue();
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> parameter(p, seen));
                }
                if (entry.getKey() == PathItem.HttpMethod.GET) {
                    op.addParameter(OASFactory.createParameter().ref("If-None-Match"));
                    if (op.getResponses().getAPIResponse("304") == null) {
                        op.getResponses()
                                .addAPIResponse(
                                        "304",
                                        OASFactory.createAPIResponse()
                                                .description("Not modified: the If-None-Match ETag is current"));
                    }
                }
                addProblem(
                        op,
                        "400",
                        "The request is malformed or a parameter is invalid or unknown; errors names each one.");
                addProblem(op, "406", "The Accept header asks for a media type this operation does not produce.");
                addProblem(op, "429", "Too many requests from this client; Retry-After says when to try again.");
                addProblem(
                        op,
                        "500",
                        "An unexpected failure; the body says no more than that, and the request id is logged.");
                addProblem(
                        op,
                        "503",
                        "The service is not ready or its database is unavailable; Retry-After says when to try again.");
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    headers(code, response);
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(h -> bound(h.getSchema(), seen));
                    }
                    if (response.getContent() != null) {
                        response.getContent().getMediaTypes().forEach((type, media) -> {
                            if (!STREAMED.contains(type)) {
                                bound(media.getSchema(), seen);
                            }
                        });
                    }
                });
            }
        }
    }

    private static void parameter(Parameter p, Map<Schema, Boolean> seen) {
        Schema s = p.getSchema();
        if (s == null) {
            return;
        }
        if ("q".equals(p.getName())) {
            if (s.getMaxLength() == null) {
                s.setMaxLength(QueryText.MAX_LENGTH);
            }
            s.setPattern(QUERY_TEXT);
        }
        if (isType(s, Schema.SchemaType.STRING) && s.getPattern() == null) {
            switch (p.getName()) {
                case "seq" -> s.setPattern("^[0-9]{1,9}$");
                case "cursor" -> s.setPattern(CURSOR);
                case "updatedSince" -> s.setPattern(UPDATED_SINCE);
                default -> {}
            }
        }
        if (DATE_PARAMETERS.contains(p.getName()) && s.getPattern() == null) {
            s.setPattern(DATE);
        }
        if (SLUG_PARAMETERS.contains(p.getName())) {
            Schema values = isArray(s) ? s.getItems() : s;
            if (values != null && values.getPattern() == null && values.getEnumeration() == null) {
                values.setPattern(SLUG);
            }
        }
        if (isArray(s)) {
            if (s.getMaxItems() == null) {
                s.setMaxItems(20);
            }
            if (p.getExample() instanceof String example) {
                p.setExample(List.of(example));
            }
        }
        if (isType(s, Schema.SchemaType.INTEGER) && s.getMaximum() == null) {
            s.setMaximum(new BigDecimal(p.getName().equals("size") ? PageRequest.MAX_SIZE : PageRequest.MAX_PAGE));
            if (s.getMinimum() == null) {
                s.setMinimum(BigDecimal.ONE);
            }
            s.setFormat("int32");
        }
        if (p.getExample() instanceof String example
                && YAML_TIMESTAMP.matcher(example).matches()) {
            p.setExample(null);
        }
        bound(s, seen);
    }

    private static void addProblem(Operation op, String code, String description) {
        if (op.getResponses().getAPIResponse(code) != null) {
            return;
        }
        Content content = OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
        op.getResponses()
                .addAPIResponse(
                        code,
                        OASFactory.createAPIResponse().description(description).content(content));
    }

    /** The headers each response declares, by status: every response the edge's; representations their validators. */
    private static void headers(String code, APIResponse response) {
        for (String name : List.of(
                "Access-Control-Allow-Origin",
                "Access-Control-Expose-Headers",
                "X-Request-Id",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
                "RateLimit-Policy")) {
            reference(response, name);
        }
        if (code.equals("200") || code.equals("304")) {
            reference(response, "ETag");
            reference(response, "Cache-Control");
            reference(response, "Vary");
        } else if (!code.startsWith("2")) {
            reference(response, "Cache-Control");
        }
        if (code.equals("200") && isPage(response)) {
            reference(response, "Link");
        }
        if (code.equals("200") && isStreamed(response)) {
            reference(response, "X-Total-Count");
            reference(response, "Content-Disposition");
        }
        if (code.equals("429") || code.equals("503")) {
            reference(response, "Retry-After");
        }
    }

    private static boolean isPage(APIResponse response) {
        MediaType json =
                response.getContent() == null ? null : response.getContent().getMediaType("application/json");
        String ref = json == null || json.getSchema() == null
                ? null
                : json.getSchema().getRef();
        return ref != null && ref.endsWith("Page");
    }

    private static boolean isStreamed(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes().keySet().stream().anyMatch(STREAMED::contains);
    }

    private static void reference(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema pattern(String pattern, int max) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .pattern(pattern)
                .maxLength(max);
    }

    private static Schema constant(String value) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of(value));
    }

    private static Schema int32() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.ZERO)
                .maximum(new BigDecimal(Integer.MAX_VALUE));
    }

    /** Bounds every string, array and integer in a schema tree. */
    private static void bound(Schema s, Map<Schema, Boolean> seen) {
        if (s == null || seen.put(s, Boolean.TRUE) != null) {
            return;
        }
        if (isType(s, Schema.SchemaType.STRING) && s.getMaxLength() == null && s.getEnumeration() == null) {
            s.setMaxLength(MAX_STRING);
        }
        if (isType(s, Schema.SchemaType.STRING) && s.getExamples() != null) {
            List<Object> kept = new ArrayList<>();
            for (Object e : s.getExamples()) {
                if (!(e instanceof String text && YAML_TIMESTAMP.matcher(text).matches())) {
                    kept.add(e);
                }
            }
            s.setExamples(kept.isEmpty() ? null : kept);
        }
        if (isArray(s) && s.getMaxItems() == null) {
            s.setMaxItems(MAX_ARRAY);
        }
        if (isType(s, Schema.SchemaType.INTEGER)) {
            if (s.getFormat() == null) {
                s.setFormat("int64");
            }
            if (s.getMinimum() == null) {
                s.setMinimum(BigDecimal.ZERO);
            }
            if (s.getMaximum() == null) {
                s.setMaximum(new BigDecimal("int32".equals(s.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (s.getProperties() != null) {
            s.getProperties().forEach((name, p) -> shape(name, p));
            new ArrayList<>(s.getProperties().values()).forEach(p -> bound(p, seen));
        }
        bound(s.getItems(), seen);
        bound(s.getAdditionalPropertiesSchema(), seen);
        for (List<Schema> group : Arrays.asList(s.getAllOf(), s.getOneOf(), s.getAnyOf())) {
            if (group != null) {
                group.forEach(x -> bound(x, seen));
            }
        }
    }

    /** Gives a string property the shape its name stands for, unless it declares one of its own. */
    private static void shape(String name, Schema p) {
        if (p == null
                || !isType(p, Schema.SchemaType.STRING)
                || p.getEnumeration() != null
                || p.getPattern() != null
                || p.getFormat() != null) {
            return;
        }
        if (PATTERNS.containsKey(name)) {
            p.setPattern(PATTERNS.get(name));
        } else if (URI_REFERENCES.contains(name)) {
            p.setFormat("uri-reference");
        } else if (name.equals("url")) {
            p.setFormat("uri");
        }
    }

    private static boolean isArray(Schema s) {
        return isType(s, Schema.SchemaType.ARRAY);
    }

    private static boolean isType(Schema s, Schema.SchemaType type) {
        return s.getType() != null && s.getType().contains(type);
    }
}
