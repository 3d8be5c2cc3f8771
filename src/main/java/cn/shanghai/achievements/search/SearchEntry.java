package cn.shanghai.achievements.search;

import cn.shanghai.achievements.common.Localized;
import cn.shanghai.achievements.common.SearchText;
import java.util.List;
import java.util.stream.Stream;

/** One searchable record with its fields, folded once when the index is built. */
record SearchEntry(Kind kind, String id, Localized name, String group, List<Field> fields) {

    /** What a hit is. */
    enum Kind {
        achievement,
        institution
    }

    /** What part of a record a field is; the order is the ranking order of its matches. */
    enum Role {
        NAME,
        ALIAS,
        SUMMARY,
        INSTITUTION
    }

    /** A field: its name on the wire, original text, folded and squashed forms, and pinyin keys for names. */
    record Field(String name, Role role, String text, String folded, String squashed, List<String> pinyin) {

        static Field of(String name, Role role, String text) {
            String squashed = SearchText.squash(text);
            List<String> pinyin = role == Role.SUMMARY
                    ? List.of()
                    : List.of(SearchText.squashKey(Stream.of(text)).split("\n"));
            return new Field(name, role, text, SearchText.fold(text), squashed, pinyin);
        }
    }
}
