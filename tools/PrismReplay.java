import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Replays requests to every operation of the contract through Prism running as a validating proxy in front of the
 * packaged service, and fails on any response Prism finds in breach of openapi.yaml (its sl-violations header).
 * For each GET operation: a success with no parameters, one with every parameter's example, a 304 revalidation, a
 * 400 (an unknown parameter, and a malformed value where the operation takes one), a 404 where the path has an id,
 * a 406; and one 429 from a client over its limit. 500 and 503 cannot be provoked by a request and are listed.
 *
 * <pre>java -cp 'target/quarkus-app/lib/main/*' tools/PrismReplay.java PRISM_URL SERVICE_URL</pre>
 */
public class PrismReplay {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final Set<String> NOT_PROVOKED = Set.of("500", "503");

    record Outcome(
            String operation,
            String label,
            int expected,
            int status,
            List<String> responseViolations,
            List<String> requestViolations) {}

    public static void main(String[] args) throws Exception {
        String prism = args[0];
        String service = args[1];
        JsonNode api =
                JSON.readTree(get(service + "/q/openapi?format=json", Map.of()).body());
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/v1/achievements/{id}", firstId(service, "/api/v1/achievements"));
        ids.put("/api/v1/institutions/{id}", firstId(service, "/api/v1/institutions"));
        ids.put("/api/v1/sources/{id}", firstId(service, "/api/v1/sources"));
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Set<String>> covered = new TreeMap<>();
        Map<String, Set<String>> documented = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode op = path.getValue().get("get");
            if (op == null) {
                continue;
            }
            String name = "GET " + path.getKey();
            documented.put(name, new TreeSet<>());
            op.get("responses").fieldNames().forEachRemaining(documented.get(name)::add);
            String target = resolve(path.getKey(), ids);
            List<JsonNode> params = parameters(api, op);
            String required = requiredQuery(params);
            HttpResponse<String> ok = check(outcomes, name, "defaults", 200, prism + target + required, Map.of());
            check(outcomes, name, "every example", 200, prism + target + examples(params), Map.of());
            String etag = ok.headers().firstValue("ETag").orElse(null);
            if (etag != null) {
                check(outcomes, name, "revalidation", 304, prism + target + required, Map.of("If-None-Match", etag));
            }
            check(outcomes, name, "unknown parameter", 400, prism + target + join(required, "bogus=1"), Map.of());
            if (params.stream().anyMatch(p -> "size".equals(p.path("name").asText()))) {
                check(outcomes, name, "size out of range", 400, prism + target + join(required, "size=0"), Map.of());
            }
            if (path.getKey().contains("{id}")) {
                check(
                        outcomes,
                        name,
                        "unknown id",
                        404,
                        prism + path.getKey().replace("{id}", "no-such-record") + required,
                        Map.of());
            }
            check(
                    outcomes,
                    name,
                    "unacceptable media type",
                    406,
                    prism + target + required,
                    Map.of("Accept", "application/xml"));
        }
        // a client over its limit: spend its burst directly, then ask once more through Prism
        String client = "198.51.100.77";
        for (int i = 0; i < 1000; i++) {
            if (get(service + "/api/v1/categories", Map.of("X-Forwarded-For", client))
                            .statusCode()
                    == 429) {
                break;
            }
        }
        // Prism may take longer than the bucket takes to refill one token: spend what refilled, through Prism, until
        // Prism itself is answered 429, then ask once more right after; a token that refilled in between (a slow
        // machine) answers 200, and the client spends it and asks again, a few times at most
        for (int attempt = 1; ; attempt++) {
            for (int i = 0; i < 400; i++) {
                if (get(prism + "/api/v1/categories", Map.of("X-Forwarded-For", client))
                                .statusCode()
                        == 429) {
                    break;
                }
            }
            check(
                    outcomes,
                    "GET /api/v1/categories",
                    "over the rate limit",
                    429,
                    prism + "/api/v1/categories",
                    Map.of("X-Forwarded-For", client));
            Outcome last = outcomes.get(outcomes.size() - 1);
            if (last.status() == 429 || attempt == 5) {
                break;
            }
            outcomes.remove(outcomes.size() - 1);
        }
        for (Outcome o : outcomes) {
            covered.computeIfAbsent(o.operation(), k -> new TreeSet<>()).add(String.valueOf(o.status()));
        }
        int failures = 0;
        for (Outcome o : outcomes) {
            boolean bad = o.status() != o.expected() || !o.responseViolations().isEmpty();
            if (bad) {
                failures++;
            }
            System.out.printf(
                    "%s %-40s %-24s %d%s%s%n",
                    bad ? "FAIL" : "ok  ",
                    o.operation(),
                    o.label(),
                    o.status(),
                    o.status() != o.expected() ? " (expected " + o.expected() + ")" : "",
                    o.responseViolations().isEmpty()
                            ? ""
                            : " response violates the contract: " + o.responseViolations());
        }
        System.out.println();
        for (Map.Entry<String, Set<String>> d : documented.entrySet()) {
            Set<String> missing = new TreeSet<>(d.getValue());
            missing.removeAll(covered.getOrDefault(d.getKey(), Set.of()));
            missing.removeAll(NOT_PROVOKED);
            missing.remove("429"); // provoked once, on one operation: the edge answers it alike for all
            System.out.printf(
                    "%-40s documented %s, replayed %s%s%n",
                    d.getKey(),
                    d.getValue(),
                    covered.get(d.getKey()),
                    missing.isEmpty() ? "" : ", not replayed: " + missing);
        }
        long requestViolations =
                outcomes.stream().mapToLong(o -> o.requestViolations().size()).sum();
        System.out.printf(
                "%n%d requests through Prism, %d failed; %d request violations (the deliberately bad requests); "
                        + "500 and 503 are documented but cannot be provoked by a request%n",
                outcomes.size(), failures, requestViolations);
        System.exit(failures == 0 ? 0 : 1);
    }

    static HttpResponse<String> check(
            List<Outcome> outcomes,
            String operation,
            String label,
            int expected,
            String url,
            Map<String, String> headers)
            throws Exception {
        HttpResponse<String> r = get(url, headers);
        List<String> response = new ArrayList<>();
        List<String> request = new ArrayList<>();
        String violations = r.headers().firstValue("sl-violations").orElse("[]");
        JsonNode parsed;
        try {
            parsed = JSON.readTree(violations);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Prism says something that is not its list of violations: report it as one
            parsed = JSON.createArrayNode()
                    .add(JSON.createObjectNode()
                            .put("message", violations)
                            .set("location", JSON.createArrayNode().add("response")));
        }
        for (JsonNode v : parsed) {
            String where = v.path("location").path(0).asText();
            String text = String.join(".", JSON.convertValue(v.path("location"), String[].class)) + ": "
                    + v.path("message").asText();
            (where.equals("response") ? response : request).add(text);
        }
        outcomes.add(new Outcome(operation, label, expected, r.statusCode(), response, request));
        return r;
    }

    static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET();
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String firstId(String service, String list) throws Exception {
        JsonNode body = JSON.readTree(get(service + list, Map.of()).body());
        return (body.isArray() ? body : body.get("items")).get(0).get("id").asText();
    }

    static String resolve(String template, Map<String, String> ids) {
        template = template.replace("{seq}", "1");
        for (Map.Entry<String, String> e : ids.entrySet()) {
            String prefix = e.getKey().substring(0, e.getKey().indexOf("{id}"));
            if (template.startsWith(prefix) && template.contains("{id}")) {
                return template.replace("{id}", e.getValue());
            }
        }
        return template;
    }

    static List<JsonNode> parameters(JsonNode api, JsonNode op) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.has("$ref")) {
                String name = p.get("$ref").asText().substring("#/components/parameters/".length());
                p = api.path("components").path("parameters").path(name);
            }
            if ("query".equals(p.path("in").asText())) {
                out.add(p);
            }
        }
        return out;
    }

    static String requiredQuery(List<JsonNode> params) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : params) {
            if (p.path("required").asBoolean() && p.has("example")) {
                q.append(q.length() == 0 ? "?" : "&").append(pair(p.get("name").asText(), p.get("example")));
            }
        }
        return q.toString();
    }

    static String examples(List<JsonNode> params) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : params) {
            JsonNode example = p.has("example")
                    ? p.get("example")
                    : p.path("schema").path("enum").path(0);
            if (!example.isMissingNode() && !example.isNull()) {
                q.append(q.length() == 0 ? "?" : "&").append(pair(p.get("name").asText(), example));
            }
        }
        return q.toString();
    }

    static String pair(String name, JsonNode value) {
        JsonNode v = value.isArray() ? value.get(0) : value;
        return name + "=" + URLEncoder.encode(v.asText(), StandardCharsets.UTF_8);
    }

    static String join(String query, String pair) {
        return query.isEmpty() ? "?" + pair : query + "&" + pair;
    }
}
