package cn.shanghai.achievements.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Hanyu pinyin readings of names (pinyin4j), indexed beside the names so that "xuelong", "xue long", "xuě lóng",
 * "xue3long2" and "xl2" find 雪龙2号; and the reverse for queries: a run of Latin letters split into syllables.
 */
public final class Pinyin {

    private static final int MAX_VARIANTS = 6;
    private static final Pattern TONE_NUMBERS = Pattern.compile("(?:[a-zv]+[1-5])+[a-zv]*");
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final ConcurrentHashMap<Integer, String[]> READINGS = new ConcurrentHashMap<>();
    private static volatile Set<String> syllables;

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private Pinyin() {}

    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    public static boolean hasHan(String text) {
        return text != null && text.codePoints().anyMatch(Pinyin::isHan);
    }

    /**
     * The readings of a text, one syllable per element for each Han character and the letters and digits between
     * them as they are (lower case): the usual reading first, then one variant for each other reading of a
     * polyphonic character (长征 reads zhangzheng and changzheng); bounded. Empty when the text has no Han.
     */
    public static List<String[]> readings(String text) {
        if (!hasHan(text)) {
            return List.of();
        }
        List<String[]> options = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (isHan(cp)) {
                if (run.length() > 0) {
                    options.add(new String[] {run.toString()});
                    run.setLength(0);
                }
                options.add(readingsOf(cp));
            } else if (Character.isLetterOrDigit(cp)) {
                run.appendCodePoint(cp);
            } else if (run.length() > 0) {
                options.add(new String[] {run.toString()});
                run.setLength(0);
            }
        });
        if (run.length() > 0) {
            options.add(new String[] {run.toString()});
        }
        String[] first = new String[options.size()];
        for (int i = 0; i < first.length; i++) {
            first[i] = options.get(i)[0];
        }
        List<String[]> out = new ArrayList<>();
        out.add(first);
        for (int i = 0; i < first.length && out.size() < MAX_VARIANTS; i++) {
            for (int k = 1; k < options.get(i).length && out.size() < MAX_VARIANTS; k++) {
                String[] variant = first.clone();
                variant[i] = options.get(i)[k];
                out.add(variant);
            }
        }
        return out;
    }

    /**
     * Where in a text its pinyin spells a key (joined syllables or initials, whole elements: 雪龙 for xuelong or xl,
     * the last syllable may be begun: xuelo), as UTF-16 start and end; null if it does not. With {@code atStart}
     * only from the first element.
     */
    public static int[] locate(String text, String key, boolean atStart) {
        if (key.isEmpty()) {
            return null;
        }
        List<int[]> spans = spans(text);
        for (String[] reading : readings(text)) {
            if (reading.length != spans.size()) {
                continue;
            }
            for (int from = 0; from < (atStart ? Math.min(1, reading.length) : reading.length); from++) {
                for (boolean initials : new boolean[] {false, true}) {
                    StringBuilder spelled = new StringBuilder();
                    for (int i = from; i < reading.length; i++) {
                        spelled.append(initials ? initials(new String[] {reading[i]}) : reading[i]);
                        if (spelled.length() >= key.length()) {
                            if (spelled.toString().startsWith(key)) {
                                return new int[] {spans.get(from)[0], spans.get(i)[1]};
                            }
                            break;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The UTF-16 start and end of each element of a text's readings: each Han character, each run of letters and digits. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isHan(cp)) {
                if (runStart >= 0) {
                    out.add(new int[] {runStart, i});
                    runStart = -1;
                }
                out.add(new int[] {i, next});
            } else if (Character.isLetterOrDigit(cp)) {
                if (runStart < 0) {
                    runStart = i;
                }
            } else if (runStart >= 0) {
                out.add(new int[] {runStart, i});
                runStart = -1;
            }
            i = next;
        }
        if (runStart >= 0) {
            out.add(new int[] {runStart, text.length()});
        }
        return out;
    }

    /** The syllables joined: xuelong2hao. */
    public static String joined(String[] reading) {
        return String.join("", reading);
    }

    /** The first letter of each syllable, Latin runs and digits kept whole: 雪龙2号 gives xl2h. */
    public static String initials(String[] reading) {
        StringBuilder b = new StringBuilder();
        for (String s : reading) {
            if (!s.isEmpty()) {
                boolean syllable = syllables().contains(s);
                b.append(syllable ? s.substring(0, 1) : s);
            }
        }
        return b.toString();
    }

    /** Pinyin typed with tone numbers (xue3long2) without them; anything else as it is. */
    public static String withoutToneNumbers(String word) {
        return TONE_NUMBERS.matcher(word).matches() ? word.replaceAll("[1-5]", "") : word;
    }

    /**
     * The syllables a run of Latin letters spells, longest first (xuelong: xue long), or an empty list when it is not
     * pinyin. One letter alone is never taken for a syllable.
     */
    public static List<String> segment(String letters) {
        String w = letters.toLowerCase(Locale.ROOT).replace('ü', 'v');
        if (w.length() < 2 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        return segment(w, 0, out) ? out : List.of();
    }

    private static boolean segment(String w, int from, List<String> out) {
        if (from == w.length()) {
            return true;
        }
        for (int end = Math.min(w.length(), from + 6); end > from; end--) {
            String s = w.substring(from, end);
            if (syllables().contains(s)) {
                out.add(s);
                if (segment(w, end, out)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        return false;
    }

    /** Every toneless syllable pinyin4j knows, collected once from its table. */
    static Set<String> syllables() {
        Set<String> s = syllables;
        if (s == null) {
            Set<String> all = new HashSet<>();
            for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
                for (String r : readingsOf(cp)) {
                    if (r.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        all.add(r);
                    }
                }
            }
            all.removeIf(x -> x.length() == 1 && !Set.of("a", "e", "o").contains(x));
            syllables = s = Set.copyOf(all);
        }
        return s;
    }

    /** The distinct toneless readings of one Han character (the array is shared: never change it). */
    private static String[] readingsOf(int cp) {
        if (Character.charCount(cp) != 1) {
            return new String[] {new String(Character.toChars(cp))};
        }
        return READINGS.computeIfAbsent(cp, Pinyin::lookUp);
    }

    private static String[] lookUp(int cp) {
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray((char) cp, FORMAT);
            if (r == null || r.length == 0) {
                return new String[] {new String(Character.toChars(cp))};
            }
            return Stream.of(r).distinct().toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            return new String[] {new String(Character.toChars(cp))};
        }
    }
}
