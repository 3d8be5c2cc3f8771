package cn.shanghai.achievements.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * States in the contract what the service enforces everywhere, so that each operation need not repeat it: the
 * rate-limit and CORS headers on every response, the 400, 429, 500 and 503 problems every request can meet, and
 * the bounds of every string, array and integer in the wire model.
 */
public class OpenApiHardening implements OASFilter {

    static final int MAX_STRING = 4000;
    static final int MAX_ARRAY = 1000;
    private static final Set<String> UNUSED = Set.of("Page", "Term");
    static final String SERVER = "https://achievements.sh.cn";
    private static final Map<String, String> TAGS = Map.of(
            "Achievements",
                    "Drugs, devices, chips, satellites, aircraft, ships, materials, labs: lists, details, facets, timeline, exports",
            "Institutions", "Who developed, made, built or operated each achievement, with aliases and parents",
            "Sources", "The documents every fact is traced to, and what each one supports",
            "Search", "One box across achievements and institutions, in any script or pinyin",
            "Vocabulary", "Categories, with names in three scripts and counts",
            "Indicators", "Headline statistics from the documents, each with period, unit and citation",
            "Dataset", "Version, counts, sources and licence of the dataset");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            UNUSED.forEach(api.getComponents()::removeSchema);
            api.getComponents().getSchemas().values().forEach(s -> bound(s, seen));
        }
        // the public read API, for everyone (x-internal: false)
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer()
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
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        SHARED_HEADERS.forEach((name, header) -> api.getComponents().addHeader(name, header));
        if (api.getPaths() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Operation op : path.getOperations().values()) {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> parameter(p, seen));
                }
                addProblem(
                        op,
                        "400",
                        "The request is malformed or a parameter is invalid; errors names each bad parameter.");
                addProblem(op, "429", "Too many requests from this client; Retry-After says when to try again.");
                addProblem(
                        op,
                        "500",
                        "An unexpected failure; the body says no more than that, and the request id is logged.");
                addProblem(
                        op,
                        "503",
                        "The database is unavailable or the query ran past its time limit; Retry-After says when to try again.");
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    headers(code, response);
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().forEach(h -> bound(h.getSchema(), seen));
                    }
                    if (response.getContent() != null) {
                        response.getContent().getMediaTypes().values().forEach(m -> bound(m.getSchema(), seen));
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
        if ("q".equals(p.getName()) && s.getMaxLength() == null) {
            s.setMaxLength(SearchText.MAX_QUERY_LENGTH);
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
            s.setMaximum(new BigDecimal(p.getName().equals("size") ? 100 : PageRequest.MAX_PAGE));
            if (s.getMinimum() == null) {
                s.setMinimum(BigDecimal.ONE);
            }
            s.setFormat("int32");
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

    /** The headers every response can carry, defined once under components.headers. */
    private static final Map<String, Header> SHARED_HEADERS = new LinkedHashMap<>();

    static {
        // insertion order, so that the served document is the same on every start
        SHARED_HEADERS.put(
                "Access-Control-Allow-Origin",
                OASFactory.createHeader()
                        .description("CORS: present when the request has an Origin; reads are allowed from any origin")
                        .schema(string(200)));
        SHARED_HEADERS.put(
                "X-Request-Id",
                OASFactory.createHeader()
                        .description("The request's id: the caller's X-Request-Id if it is safe, else a new UUID")
                        .schema(string(64)));
        SHARED_HEADERS.put(
                "RateLimit-Limit",
                OASFactory.createHeader()
                        .description("Requests a client may make in a burst")
                        .schema(integer()));
        SHARED_HEADERS.put(
                "RateLimit-Remaining",
                OASFactory.createHeader()
                        .description("Requests left in the current burst")
                        .schema(integer()));
        SHARED_HEADERS.put(
                "RateLimit-Reset",
                OASFactory.createHeader()
                        .description("Seconds until the burst is fully available again")
                        .schema(integer()));
        SHARED_HEADERS.put(
                "Retry-After",
                OASFactory.createHeader()
                        .description("Seconds to wait before retrying")
                        .schema(integer()));
    }

    private static void headers(String code, APIResponse response) {
        for (String name : List.of(
                "Access-Control-Allow-Origin",
                "X-Request-Id",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset")) {
            reference(response, name);
        }
        if (code.equals("429") || code.equals("503")) {
            reference(response, "Retry-After");
        }
    }

    private static void reference(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    private static Schema string(int max) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(max);
    }

    private static Schema integer() {
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
                s.setMaximum(new BigDecimal(Long.MAX_VALUE));
            }
        }
        if (s.getProperties() != null) {
            new ArrayList<>(s.getProperties().values()).forEach(p -> bound(p, seen));
        }
        bound(s.getItems(), seen);
        bound(s.getAdditionalPropertiesSchema(), seen);
        if (s.getAllOf() != null) {
            s.getAllOf().forEach(x -> bound(x, seen));
        }
        if (s.getOneOf() != null) {
            s.getOneOf().forEach(x -> bound(x, seen));
        }
        if (s.getAnyOf() != null) {
            s.getAnyOf().forEach(x -> bound(x, seen));
        }
    }

    private static boolean isArray(Schema s) {
        return isType(s, Schema.SchemaType.ARRAY);
    }

    private static boolean isType(Schema s, Schema.SchemaType type) {
        return s.getType() != null && s.getType().contains(type);
    }
}
