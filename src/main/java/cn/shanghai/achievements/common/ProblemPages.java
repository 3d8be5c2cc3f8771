package cn.shanghai.achievements.common;

/**
 * Problems as pages for people with a browser. The API answers every failure as problem+json; a page of the explorer
 * that fails answers the same problem as a page in the reader's language, with a way on. The explorer implements it;
 * the REST layer and the edge ask it before they write JSON.
 */
public interface ProblemPages {

    /** What a failing request asked for: where, in which representation and language. */
    record Asked(String path, String lang, String accept, String acceptLanguage) {

        /**
         * What a request asked for. The language is read from its own parameter alone, so that a page refused for
         * another parameter that cannot be decoded is still in the reader's language.
         */
        public static Asked of(io.vertx.core.http.HttpServerRequest request) {
            String lang = null;
            String query = request.query();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.startsWith("lang=")) {
                        try {
                            lang = java.net.URLDecoder.decode(
                                    pair.substring(5), java.nio.charset.StandardCharsets.UTF_8);
                        } catch (IllegalArgumentException undecodable) {
                            lang = null;
                        }
                    }
                }
            }
            return new Asked(request.path(), lang, request.getHeader("Accept"), request.getHeader("Accept-Language"));
        }
    }

    /**
     * The problem as an HTML document when the request is one of the explorer's page views (its path, and an Accept
     * header a browser sends), else {@code null}, and the caller writes problem+json.
     */
    String render(Asked asked, Problem problem);

    String MEDIA_TYPE = "text/html;charset=UTF-8";
}
