package cn.shanghai.achievements.institution;

import cn.shanghai.achievements.common.Localized;
import java.util.List;

/** An institution as the seed states it. */
public record InstitutionDraft(String id, String type, Localized name, List<String> aliases, String parentId) {}
