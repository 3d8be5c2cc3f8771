package cn.shanghai.achievements.api;

import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?release=N} reads a past release (what makes a citation checkable later): the edge pins the request to
 * release N when this instance still holds it; here a request whose release is not the one it was pinned to is
 * refused, naming the releases this instance holds and where any release can still be had (its dump).
 */
public class ReleaseParameter {

    public static final String NAME = "release";

    @Inject
    Catalogues catalogues;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        // the parameters are parsed once a request (the known-parameters check asks for them too)
        List<String> asked = request.getUriInfo().getQueryParameters().get(NAME);
        if (asked == null || asked.isEmpty()) {
            return;
        }
        String raw = asked.get(0);
        if (!raw.matches("[0-9]{1,9}")) {
            throw ProblemException.invalid(NAME, "must be a release number (see /api/v1/releases)");
        }
        int seq = Integer.parseInt(raw);
        if (catalogues.current().release().seq() != seq) {
            List<Integer> held = catalogues.held();
            throw new ProblemException(
                    404,
                    "release-not-held",
                    "Release not held",
                    "This instance serves releases " + held + "; release " + seq
                            + " is not among them. Download it whole from /api/v1/releases/" + seq + "/dump.",
                    null);
        }
    }
}
