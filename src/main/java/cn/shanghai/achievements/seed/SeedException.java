package cn.shanghai.achievements.seed;

import java.util.List;

/** The seed cannot be loaded; the message names every file and record at fault. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super("The seed is invalid; nothing was written:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
