package cn.shanghai.achievements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.shanghai.achievements.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTextTest {

    /** Two Chinese characters (or full-width punctuation) with whitespace between them. */
    private static final Pattern SPACED_CHINESE =
            Pattern.compile("[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]\\s+"
                    + "[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "letter-spaced digits and Chinese|1 0 4 、1 0 5 架 机 实 现 首 飞，|104、105架机实现首飞，",
                "letter-spaced Latin inside Chinese|和 S i C 衬 底 晶 圆 级 异 质 集 成，并 制|和SiC衬底晶圆级异质集成，并制",
                "letter-spaced formula|移 技 术，在 国 际 上 首 次 实 现 G a 2O 3|移技术，在国际上首次实现Ga2O3",
                "stray space after a month|11月 全球多媒体卫星系统工程首批试验卫星成功发射|11月全球多媒体卫星系统工程首批试验卫星成功发射",
                "spaces around a number|支持 69 个创新医疗器械项目入院示范|支持69个创新医疗器械项目入院示范",
                "Latin words keep their space|基于上汽marvel X和蔚来ES8平台|基于上汽marvel X和蔚来ES8平台",
                "an English phrase keeps its spaces|联影一体化高清TOF PET/MR获批上市|联影一体化高清TOF PET/MR获批上市",
                "nothing to repair|抗阿尔茨海默病新药获批上市|抗阿尔茨海默病新药获批上市"
            })
    void repairsTheExtractionsSpacing(String what, String quote, String printable) {
        assertEquals(printable, PrintableText.of(quote), what);
    }

    /** For every quote of the catalogue: the printable text differs in whitespace only, and no Chinese is spaced. */
    @Test
    void everyQuoteOfTheSeedPrintsTheSameWords() {
        List<String> quotes = new ArrayList<>();
        for (String file : List.of("achievements.json", "indicators.json")) {
            Fixtures.seed(file).forEach(record -> collect(record, quotes));
        }
        assertFalse(quotes.isEmpty());
        List<String> problems = new ArrayList<>();
        for (String q : quotes) {
            String text = PrintableText.of(q);
            if (!text.replaceAll("\\s", "").equals(q.replaceAll("\\s", ""))) {
                problems.add("changed more than whitespace: " + q + " -> " + text);
            }
            if (SPACED_CHINESE.matcher(text).find()) {
                problems.add("still spaced: " + q + " -> " + text);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void collect(JsonNode node, List<String> quotes) {
        if (node.has("quote")) {
            quotes.add(node.get("quote").asText());
        }
        node.forEach(child -> collect(child, quotes));
    }
}
