package cn.shanghai.achievements;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The container's health check: exits 0 when readiness answers UP, 1 otherwise. It needs nothing but the JRE the
 * image runs on (no shell features, no curl), so the HEALTHCHECK works whatever /bin/sh is.
 * {@code java -cp '/app/app/*' cn.shanghai.achievements.HealthProbe [URL]}; the default URL uses $QUARKUS_HTTP_PORT.
 */
public final class HealthProbe {

    private HealthProbe() {}

    public static void main(String... args) {
        String port = System.getenv().getOrDefault("QUARKUS_HTTP_PORT", "8080");
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/q/health/ready";
        System.exit(ready(url) ? 0 : 1);
    }

    public static boolean ready(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(2500);
            int status = c.getResponseCode();
            InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            String body = in == null ? "" : new String(in.readNBytes(65536), StandardCharsets.UTF_8);
            return status == 200 && body.contains("\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }
}
