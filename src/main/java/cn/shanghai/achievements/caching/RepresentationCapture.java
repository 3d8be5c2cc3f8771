package cn.shanghai.achievements.caching;

import cn.shanghai.achievements.edge.RouteLabel;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes every API body in the form {@link Representations} chose (gzip when the client takes it and the media
 * type is worth it), and keeps the bytes of each cacheable one for {@link RepresentationCache}. Streamed exports
 * are compressed as they stream and never kept.
 */
@Provider
public class RepresentationCapture implements WriterInterceptor {

    @Inject
    RepresentationCache cache;

    @Inject
    CurrentVertxRequest current;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Representations.Key key = ConditionalRequests.key(current);
        String type = contentType(context);
        boolean gzip = key != null && key.gzip() && Representations.compressible(type);
        if (gzip) {
            context.getHeaders().putSingle("Content-Encoding", "gzip");
        }
        Object capture = context.getProperty(ConditionalRequests.CAPTURE);
        if (capture == null) {
            if (!gzip) {
                context.proceed();
                return;
            }
            OutputStream original = context.getOutputStream();
            GZIPOutputStream compressed = new GZIPOutputStream(original, 8192, true);
            context.setOutputStream(compressed);
            try {
                context.proceed();
            } finally {
                compressed.finish();
                context.setOutputStream(original);
            }
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        context.setOutputStream(buffer);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
        }
        byte[] body = buffer.toByteArray();
        RepresentationCache.Entry entry = new RepresentationCache.Entry(
                body, type, RouteLabel.of(current.getCurrent()), replayed(context.getHeaders()));
        try {
            original.write(gzip ? entry.gzipped() : body);
        } finally {
            Representations.Key k = (Representations.Key) capture;
            cache.put(k.cacheKey(), entry);
            cache.landed(k.cacheKey());
        }
    }

    private static String contentType(WriterInterceptorContext context) {
        String type = context.getMediaType() == null
                ? "application/json"
                : context.getMediaType().toString();
        return type.contains("charset") ? type : type + ";charset=UTF-8";
    }

    private static List<Map.Entry<String, String>> replayed(MultivaluedMap<String, Object> headers) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String name : Representations.REPLAYED) {
            Object value = headers.getFirst(name);
            if (value != null) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(name, value.toString()));
            }
        }
        return out;
    }
}
