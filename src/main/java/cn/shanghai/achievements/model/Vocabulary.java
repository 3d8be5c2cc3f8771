package cn.shanghai.achievements.model;

import cn.shanghai.achievements.common.Localized;
import java.util.List;

/** The vocabulary as the seed states it: sectors, categories (each with its usual sector) and milestone types. */
public record Vocabulary(List<Entry> sectors, List<Entry> categories, List<Entry> milestoneTypes) {

    /** A term as the seed writes it; its position is its place in the list. */
    public record Entry(String id, String sector, Localized name, Localized definition) {}
}
