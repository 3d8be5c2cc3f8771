package cn.shanghai.achievements.common;

import java.util.ArrayList;
import java.util.List;

/** A validated page request: page from 1, size from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest parse(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = parseInt(page, 1, 1, MAX_PAGE, "page", errors);
        int s = parseInt(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** This page of a list that is already in order (empty beyond its end). */
    public <T> List<T> slice(List<T> all) {
        return all.subList(Math.min(offset(), all.size()), Math.min(offset() + size, all.size()));
    }

    static int parseInt(String raw, int dflt, int min, int max, String name, List<Problem.FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return dflt;
        }
        String message = "must be a whole number from " + min + " to " + max;
        if (raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(new Problem.FieldError(name, message));
            return dflt;
        }
        int v = Integer.parseInt(raw);
        if (v < min || v > max) {
            errors.add(new Problem.FieldError(name, message + "; got " + v));
            return dflt;
        }
        return v;
    }
}
