package cn.shanghai.achievements.common;

import java.util.List;

/** A failure that the API answers with a specific problem; thrown by services and parsers. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Integer removedIn;
    private String replacedBy;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String kind, String id) {
        return new ProblemException(
                404, "not-found", "Not found", "No " + kind + " has the id '" + Sanitize.forMessage(id) + "'.", null);
    }

    /**
     * A record this release no longer holds: 410 Gone, naming the release that removed it and, for a merge, the
     * record that replaced it (a path).
     */
    public static ProblemException gone(String kind, String id, int removedIn, String replacedBy) {
        ProblemException e = new ProblemException(
                410,
                "gone",
                "Gone",
                "The " + kind + " '" + Sanitize.forMessage(id) + "' was removed in release " + removedIn
                        + (replacedBy == null ? "." : "; it was merged into " + replacedBy + "."),
                null);
        e.removedIn = removedIn;
        e.replacedBy = replacedBy;
        return e;
    }

    public Integer removedIn() {
        return removedIn;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).parameter() + ": " + errors.get(0).message()
                : errors.size() + " parameters are invalid; see errors.";
        return new ProblemException(400, "invalid-parameter", "Invalid parameter", detail, errors);
    }

    public static ProblemException invalid(String parameter, String message) {
        return invalid(List.of(new Problem.FieldError(parameter, message)));
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
