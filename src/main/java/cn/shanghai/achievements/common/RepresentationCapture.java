package cn.shanghai.achievements.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Keeps the bytes of each cacheable response as they are written, for {@link RepresentationCache}. */
@Provider
public class RepresentationCapture implements WriterInterceptor {

    @Inject
    RepresentationCache cache;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object etag = context.getProperty(HttpCaching.CACHEABLE);
        if (etag == null) {
            context.proceed();
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
        try {
            original.write(body);
        } finally {
            store(context, (String) etag, body);
        }
    }

    private void store(WriterInterceptorContext context, String etag, byte[] body) {
        Object link = context.getHeaders().getFirst("Link");
        String type = context.getMediaType() == null
                ? "application/json"
                : context.getMediaType().toString();
        if (!type.contains("charset")) {
            type = type + ";charset=UTF-8";
        }
        cache.put(etag, new RepresentationCache.Entry(body, type, link == null ? null : link.toString()));
        cache.landed(etag);
    }
}
