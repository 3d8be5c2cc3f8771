package cn.shanghai.achievements.release;

import cn.shanghai.achievements.catalogue.Catalogue;
import cn.shanghai.achievements.catalogue.Catalogues;
import cn.shanghai.achievements.common.Problem.FieldError;
import cn.shanghai.achievements.common.ProblemException;
import cn.shanghai.achievements.model.Release;
import cn.shanghai.achievements.store.RecordHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The releases of the release served, and what changed between them, asked of the record history. */
@ApplicationScoped
public class Releases {

    /** The largest page of the feed. */
    static final int MAX_FEED_PAGE = 1000;

    @Inject
    Catalogues catalogues;

    @Inject
    RecordHistory history;

    Catalogue catalogue() {
        return catalogues.current();
    }

    /** A release number from a path or query parameter: a 400 when not a number, 404 when not a release (yet). */
    static int seq(Catalogue c, String name, String raw) {
        if (raw == null || !raw.matches("[0-9]{1,9}")) {
            throw ProblemException.invalid(name, "must be a release number (see /api/v1/releases)");
        }
        int seq = Integer.parseInt(raw);
        if (seq > c.release().seq()) {
            throw new ProblemException(
                    404,
                    "not-found",
                    "Not found",
                    "There is no release " + seq + "; the current one is "
                            + c.release().seq() + ".",
                    null);
        }
        return seq;
    }

    static Release release(Catalogue c, int seq) {
        return c.releases().stream()
                .filter(r -> r.seq() == seq)
                .findFirst()
                .orElseThrow(() ->
                        new ProblemException(404, "not-found", "Not found", "There is no release " + seq + ".", null));
    }

    List<RecordHistory.Change> between(int from, int to) {
        return history.between(from, to);
    }

    List<RecordHistory.Change> feed(int since, int until, RecordHistory.Cursor after, int size) {
        return history.feed(since, until, after, size);
    }

    void records(int seq, java.util.function.Consumer<RecordHistory.Change> each) {
        history.records(seq, each);
    }

    static String cursor(RecordHistory.Change last) {
        String raw = last.release() + "\n" + last.kind().wire + "\n" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static RecordHistory.Cursor cursor(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length == 3 && parts[0].matches("[0-9]{1,9}")) {
                return new RecordHistory.Cursor(Integer.parseInt(parts[0]), parts[1], parts[2]);
            }
        } catch (IllegalArgumentException e) {
            // not base64: answered below
        }
        throw ProblemException.invalid(List.of(new FieldError(
                "cursor", "is not a cursor this feed gave; follow the Link rel=next of the page before")));
    }
}
