package cn.shanghai.achievements.common;

/** The public paths of the API, in one place, for links in representations. */
public final class ApiPaths {

    public static final String BASE = "/api/v1";

    private ApiPaths() {}

    public static String achievement(String id) {
        return BASE + "/achievements/" + id;
    }

    public static String institution(String id) {
        return BASE + "/institutions/" + id;
    }

    /** The indicators of one metric: a series. */
    public static String indicators(String metric) {
        return BASE + "/indicators?metric=" + metric;
    }

    public static String source(String id) {
        return BASE + "/sources/" + id;
    }

    public static String release(int seq) {
        return BASE + "/releases/" + seq;
    }

    /** The path of a record of a kind (by its wire name), where it has one of its own; null where it has none. */
    public static String of(String kind, String id) {
        return switch (kind) {
            case "achievement" -> achievement(id);
            case "institution" -> institution(id);
            case "source" -> source(id);
            default -> null;
        };
    }
}
