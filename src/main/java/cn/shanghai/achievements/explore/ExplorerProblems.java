package cn.shanghai.achievements.explore;

import cn.shanghai.achievements.common.ApiPaths;
import cn.shanghai.achievements.common.Lang;
import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The explorer's failures as pages: what went wrong in the reader's language, the API's own detail beside it, and a
 * way on (a search box, the record that replaced a removed one). Only for page views: a client that asks for JSON
 * under {@code /explore} still gets the problem+json every other failure is.
 */
@ApplicationScoped
public class ExplorerProblems implements ProblemPages {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ExplorerProblems.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(ProblemPage page);
    }

    public record ProblemPage(
            String lang,
            Map<String, String> t,
            List<ExploreResource.LanguageLink> languages,
            int status,
            String heading,
            String explanation,
            String detail,
            List<Problem.FieldError> errors,
            String successor,
            String successorLabel,
            String q) {}

    @Override
    public String render(Asked asked, Problem problem) {
        if (!isPageView(asked)) {
            return null;
        }
        try {
            return page(asked, problem);
        } catch (RuntimeException e) {
            // a page that cannot be rendered must not hide the problem: the caller answers it as problem+json
            LOG.error("The problem page could not be rendered", e);
            return null;
        }
    }

    private static String page(Asked asked, Problem problem) {
        int status = problem.status();
        Lang l = Lang.resolve(asked.lang(), asked.acceptLanguage());
        Map<String, String> t = Labels.of(l);
        String key = switch (status) {
            case 400, 404, 410, 429 -> String.valueOf(status);
            default -> status >= 500 ? "5xx" : "4xx";
        };
        String explanation = t.get("problem" + key);
        if (status == 410 && problem.removedIn() != null) {
            explanation = explanation.replace("{release}", String.valueOf(problem.removedIn()));
        }
        String successor = problem.replacedBy() == null ? null : explorerPath(problem.replacedBy());
        // a page view's path is the explorer's (isPageView)
        String path = asked.path();
        return Templates.problem(new ProblemPage(
                        l.tag,
                        t,
                        ExploreResource.languages(path, l),
                        status,
                        t.getOrDefault("title" + key, problem.title()),
                        explanation,
                        problem.detail(),
                        problem.errors() == null ? List.of() : problem.errors(),
                        successor == null ? null : successor + "?lang=" + l.tag,
                        successor == null ? null : successor.substring(successor.lastIndexOf('/') + 1),
                        status == 404 ? guess(path) : null))
                .render();
    }

    /**
     * A page view of the explorer: its path, asked for by a browser (an Accept header that names HTML, or none that
     * names JSON). A client that asks for JSON gets JSON wherever it asks.
     */
    static boolean isPageView(Asked asked) {
        String path = asked.path();
        if (path == null || !(path.equals(ExploreResource.BASE) || path.startsWith(ExploreResource.BASE + "/"))) {
            return false;
        }
        String accept = asked.accept() == null ? "" : asked.accept().toLowerCase(Locale.ROOT);
        return accept.contains("text/html") || !accept.contains("json");
    }

    /** The explorer's page of a record the API names by its path (a merged record's successor). */
    private static String explorerPath(String apiPath) {
        for (String kind : List.of("/achievements/", "/institutions/", "/sources/")) {
            if (apiPath.startsWith(ApiPaths.BASE + kind)) {
                return ExploreResource.BASE + kind + apiPath.substring((ApiPaths.BASE + kind).length());
            }
        }
        return null;
    }

    /** What a mistyped record address was probably after: its last segment, as words to search for. */
    private static String guess(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.equals("explore") || last.length() > 100) {
            return "";
        }
        try {
            last = java.net.URLDecoder.decode(last.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return "";
        }
        return last.replace('-', ' ').replace('_', ' ').strip();
    }
}
