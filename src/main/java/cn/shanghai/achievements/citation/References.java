package cn.shanghai.achievements.citation;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.model.Release;
import cn.shanghai.achievements.model.Source;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The lines a journalist copies: a document's reference (publisher, title, document number, date, only as its header
 * gives them) and a record's "cite this" (the catalogue, the record, its URL, the dataset version and release, the
 * release's date), in the three scripts.
 */
public final class References {

    /** Where the service is published; a deployment sets it ({@code catalogue.public-url}). */
    static final String PUBLIC_URL_PROPERTY = "catalogue.public-url";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private References() {}

    /** A document's reference line. */
    public static Localized of(Source s) {
        String number = s.documentNumber();
        boolean report = "report".equals(s.kind());
        String zhWhen = s.date() != null ? "，" + s.date() : report ? "（" + s.reportingYear() + "年度）" : "";
        String hantWhen = zhWhen;
        String enWhen = s.date() != null ? ", " + s.date() : report ? " (report for " + s.reportingYear() + ")" : "";
        return new Localized(
                s.publisher().zhHans() + "《" + s.title().zhHans() + "》" + (number == null ? "" : "，" + number) + zhWhen
                        + "。",
                s.publisher().zhHant() + "《" + s.title().zhHant() + "》" + (number == null ? "" : "，" + number)
                        + hantWhen + "。",
                s.publisher().en() + ", \"" + s.title().en() + "\"" + (number == null ? "" : ", " + number) + enWhen
                        + ".");
    }

    /** The reference lines of a release's documents, by source id (null for an unknown one). */
    public static Function<String, Localized> of(Catalogue c) {
        return id -> c.source(id).map(References::of).orElse(null);
    }

    /** The "cite this" line of a record of the catalogue: its names, id and path (under the API). */
    public static Localized citeThis(Catalogue c, Localized name, String id, String path) {
        Release r = c.release();
        String url = publicUrl() + path;
        String version = r.version();
        String day = r.publishedAt() == null ? "" : DAY.format(r.publishedAt());
        return new Localized(
                "上海科技创新成果目录：“" + name.zhHans() + "”（" + id + "），" + url + "，数据版本 " + version + "，第 " + r.seq() + " 次发布（"
                        + day + "）。",
                "上海科技創新成果目錄：「" + name.zhHant() + "」（" + id + "），" + url + "，數據版本 " + version + "，第 " + r.seq() + " 次發布（"
                        + day + "）。",
                "Shanghai Innovation Achievements Catalogue, \"" + name.en() + "\" (" + id + "), " + url
                        + ", dataset version " + version + ", release " + r.seq() + " (" + day + ").");
    }

    public static String publicUrl() {
        String url = ConfigProvider.getConfig()
                .getOptionalValue(PUBLIC_URL_PROPERTY, String.class)
                .orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
