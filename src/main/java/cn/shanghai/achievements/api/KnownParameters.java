package cn.shanghai.achievements.api;

import cn.shanghai.achievements.common.Problem;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.common.Sanitize;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation answers 400 for a query parameter it does not take (naming it and listing the ones it does), and
 * for a single-valued parameter given twice, instead of silently ignoring a typo such as {@code ?categry=drug}. The
 * parameters an operation takes are read from its own {@link QueryParam} declarations (and those of its
 * {@link BeanParam}s), the same declarations the OpenAPI document is generated from, so the two cannot disagree.
 */
public class KnownParameters {

    /** The query parameters of one operation: name to whether it may repeat. */
    record Declared(Map<String, Boolean> repeatable) {}

    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared declared = DECLARED.computeIfAbsent(method, KnownParameters::declared);
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : given.entrySet()) {
            Boolean repeatable = declared.repeatable().get(p.getKey());
            if (repeatable == null) {
                errors.add(new Problem.FieldError(
                        Sanitize.forMessage(p.getKey()),
                        unknown(p.getKey(), declared.repeatable().keySet())));
            } else if (!repeatable && p.getValue().size() > 1) {
                errors.add(new Problem.FieldError(
                        p.getKey(), "is given " + p.getValue().size() + " times; give it once"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? "The parameter '" + errors.get(0).parameter() + "' "
                            + errors.get(0).message()
                    : errors.size() + " parameters are not accepted as given; see errors.";
            throw new ProblemException(400, "unknown-parameter", "Unknown or repeated parameter", detail, errors);
        }
    }

    static String unknown(String name, Collection<String> allowed) {
        String suggestion = closest(name, allowed);
        return "is not a parameter of this operation"
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                + (allowed.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", allowed));
    }

    /** The declared name within two edits of the given one, if exactly one is that close. */
    static String closest(String name, Collection<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String a : allowed) {
            int d = distance(name.toLowerCase(), a.toLowerCase());
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static Declared declared(Method method) {
        Map<String, Boolean> names = new TreeMap<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.put(q.value(), isCollection(p.getType()));
            } else if (p.getAnnotation(BeanParam.class) != null) {
                bean(p.getType(), names);
            }
        }
        return new Declared(Map.copyOf(names));
    }

    private static void bean(Class<?> type, Map<String, Boolean> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.put(q.value(), isCollection(f.getType()));
                } else if (f.getAnnotation(BeanParam.class) != null) {
                    bean(f.getType(), names);
                }
            }
        }
    }

    private static boolean isCollection(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || type.isArray() || Set.class.isAssignableFrom(type);
    }
}
