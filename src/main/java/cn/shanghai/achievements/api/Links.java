package cn.shanghai.achievements.api;

import cn.shanghai.achievements.common.PageView;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds list responses with an RFC 8288 Link header (first, prev, next, last) that keeps every other parameter as
 * the client wrote it. Links are relative to the host, so they stay right behind a proxy that rewrites the host,
 * and need no Host header to build.
 */
public final class Links {

    private Links() {}

    public static <T> Response page(PageView<T> page, HttpServerRequest request) {
        return Response.ok(page)
                .header("Link", header(page, request.path(), request.query()))
                .build();
    }

    static String header(PageView<?> page, String rawPath, String rawQuery) {
        List<String> kept = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                String name = pair.indexOf('=') < 0 ? pair : pair.substring(0, pair.indexOf('='));
                if (!pair.isEmpty() && !name.equals("page") && !name.equals("size")) {
                    kept.add(pair);
                }
            }
        }
        List<String> links = new ArrayList<>();
        links.add(link(rawPath, kept, 1, page.size(), "first"));
        if (page.page() > 1) {
            links.add(link(rawPath, kept, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(rawPath, kept, page.page() + 1, page.size(), "next"));
        }
        links.add(link(rawPath, kept, page.lastPage(), page.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(String rawPath, List<String> kept, int page, int size, String rel) {
        StringBuilder b = new StringBuilder("<").append(rawPath).append('?');
        for (String pair : kept) {
            b.append(pair).append('&');
        }
        return b.append("page=")
                .append(page)
                .append("&size=")
                .append(size)
                .append(">; rel=\"")
                .append(rel)
                .append('"')
                .toString();
    }
}
