package cn.shanghai.achievements;

import cn.shanghai.achievements.text.Analysis;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service. */
@QuarkusMain
public final class Main {

    /**
     * The system property that hands every request target to the edge instead of letting the HTTP server refuse what
     * {@link java.net.URI} cannot parse with an empty 400. The edge ({@code edge.RequestTarget}) makes the same check
     * itself, answers a problem for what cannot be read, and percent-encodes raw UTF-8 ({@code ?q=北斗}) instead of
     * refusing it. It must be set before the HTTP server's classes load; the build and test configuration set it too.
     */
    public static final String TARGETS_CHECKED_BY_THE_EDGE = "vertx.disableURIValidation";

    private Main() {}

    public static void main(String... args) {
        if (System.getProperty(TARGETS_CHECKED_BY_THE_EDGE) == null) {
            System.setProperty(TARGETS_CHECKED_BY_THE_EDGE, "true");
        }
        // the text analysis (ICU's script and folding data, pinyin tables) loads while the framework starts, on the
        // core the start leaves idle, instead of after it, when the first read model is built
        Thread warm = new Thread(Analysis::load, "text-analysis-load");
        warm.setDaemon(true);
        warm.start();
        Quarkus.run(args);
    }
}
