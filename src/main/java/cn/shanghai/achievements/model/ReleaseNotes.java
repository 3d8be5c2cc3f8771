package cn.shanghai.achievements.model;

import java.util.Map;

/**
 * What the curators say of a release, in the seed's optional {@code release.json}: notes (what was added, corrected,
 * removed and why) and, for records merged into others, which record replaced each removed one
 * ({@code "achievement/old-id": "new-id"}).
 */
public record ReleaseNotes(String notes, Map<String, String> replacedBy) {

    public static final ReleaseNotes NONE = new ReleaseNotes(null, Map.of());

    public ReleaseNotes {
        replacedBy = replacedBy == null ? Map.of() : Map.copyOf(replacedBy);
    }
}
