package cn.shanghai.achievements.seed;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Whether the seed this instance was given could be loaded, and if not, why. */
@ApplicationScoped
public class SeedStatus {

    private volatile List<String> problems = List.of();
    private volatile boolean attempted;

    void loaded() {
        attempted = true;
        problems = List.of();
    }

    void failed(List<String> problems) {
        attempted = true;
        this.problems = List.copyOf(problems);
    }

    /** The seed was read and is in the database (as it is, or as a release it wrote). */
    public boolean ok() {
        return attempted && problems.isEmpty();
    }

    /** Why the last load failed; empty when it succeeded. */
    public List<String> problems() {
        return problems;
    }
}
