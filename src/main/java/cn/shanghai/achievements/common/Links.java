package cn.shanghai.achievements.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Builds list responses with an RFC 8288 Link header (first, prev, next, last) that keeps every other parameter. */
public final class Links {

    private Links() {}

    public static <T> Response page(PageView<T> page, UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, page.size(), "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, page.lastPage(), page.size(), "last"));
        return Response.ok(page).header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        UriBuilder b = UriBuilder.fromUri(uri.getRequestUri())
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size);
        String target = b.build().toString();
        // relative to the host, so links stay right behind a proxy that rewrites the host
        int path = target.indexOf(ApiPaths.BASE);
        return "<" + (path >= 0 ? target.substring(path) : target) + ">; rel=\"" + rel + "\"";
    }
}
