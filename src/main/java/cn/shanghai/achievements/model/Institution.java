package cn.shanghai.achievements.model;

import cn.shanghai.achievements.common.Localized;
import java.util.List;

/** Who developed, made, designed, built, operated or contributed. */
public record Institution(String id, String type, Localized name, List<String> aliases, String parentId) {

    /** The kinds of institution, in one closed list. */
    public static final List<String> TYPES =
            List.of("enterprise", "research-institute", "university", "hospital", "government-body", "platform");

    public Institution {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
