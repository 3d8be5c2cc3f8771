import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/**
 * An integrator's sync, as a script: keeps a local copy of the catalogue by following the change feed, and proves
 * the copy equals the dump of the release it reached.
 *
 * <pre>java -cp 'target/quarkus-app/lib/main/*' tools/SyncCheck.java http://localhost:8080 [since]</pre>
 *
 * With since = 0 (the default) the copy starts empty; with since = N it starts as the dump of release N (what a
 * system that synced release N holds). It then applies every page of /api/v1/changes?since=N (created and updated
 * records put, deleted ones removed), following Link rel=next to the end, and compares the copy with
 * /api/v1/releases/{until}/dump. Exit status 0 when they are equal.
 */
public class SyncCheck {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/$", "") : "http://localhost:8080";
        int since = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Map<String, JsonNode> copy = since == 0 ? new TreeMap<>() : dump(base, since);
        String url = base + "/api/v1/changes?since=" + since + "&size=500";
        int pages = 0;
        int changes = 0;
        int until = since;
        while (url != null) {
            HttpResponse<String> page = get(url);
            JsonNode body = JSON.readTree(page.body());
            until = body.get("until").asInt();
            for (JsonNode ch : body.get("items")) {
                String key = ch.get("kind").asText() + "/" + ch.get("id").asText();
                if (ch.get("change").asText().equals("deleted")) {
                    copy.remove(key);
                } else {
                    copy.put(key, ch.get("record"));
                }
                changes++;
            }
            pages++;
            String link = page.headers().firstValue("Link").orElse(null);
            url = link == null ? null : base + link.substring(1, link.indexOf('>'));
        }
        Map<String, JsonNode> expected = dump(base, until);
        if (!expected.equals(copy)) {
            int missing = 0;
            int extra = 0;
            int differ = 0;
            for (String k : expected.keySet()) {
                if (!copy.containsKey(k)) {
                    missing++;
                } else if (!copy.get(k).equals(expected.get(k))) {
                    differ++;
                }
            }
            for (String k : copy.keySet()) {
                if (!expected.containsKey(k)) {
                    extra++;
                }
            }
            System.err.printf(
                    "sync from release %d to %d: the copy differs from the dump (%d missing, %d extra, %d different)%n",
                    since, until, missing, extra, differ);
            System.exit(1);
        }
        System.out.printf(
                "sync from release %d to %d: %d changes in %d pages; the copy equals the dump of release %d (%d records)%n",
                since, until, changes, pages, until, copy.size());
    }

    static Map<String, JsonNode> dump(String base, int release) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line :
                get(base + "/api/v1/releases/" + release + "/dump").body().split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                out.put(n.get("kind").asText() + "/" + n.get("id").asText(), n.get("record"));
            }
        }
        return out;
    }

    static HttpResponse<String> get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept-Encoding", "identity")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }
}
