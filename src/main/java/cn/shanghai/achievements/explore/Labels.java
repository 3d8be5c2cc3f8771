package cn.shanghai.achievements.explore;

import cn.shanghai.achievements.common.Lang;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The explorer's own words in the three scripts it is offered in. */
final class Labels {

    private static final String[][] WORDS = {
        // key, zh-Hans, zh-Hant, en
        {"title", "上海科技创新成果目录", "上海科技創新成果目錄", "Shanghai innovation achievements catalogue"},
        {"search", "搜索", "搜尋", "Search"},
        {"searchLabel", "按任意名称搜索（中文、拼音或英文）", "按任意名稱搜尋（中文、拼音或英文）", "Search by any name (Chinese, pinyin or English)"},
        {"results", "结果", "結果", "Results"},
        {"category", "类别", "類別", "Category"},
        {"sector", "领域", "領域", "Sector"},
        {"milestone", "节点类型", "節點類型", "Milestone type"},
        {"year", "年份", "年份", "Year"},
        {"filters", "筛选", "篩選", "Filters"},
        {"sort", "排序", "排序", "Sort"},
        {"sortRelevance", "相关度", "相關度", "Relevance"},
        {"sortDateDesc", "最新", "最新", "Newest"},
        {"sortDate", "最早", "最早", "Oldest"},
        {"sortName", "名称", "名稱", "Name"},
        {"previous", "上一页", "上一頁", "Previous"},
        {"next", "下一页", "下一頁", "Next"},
        {"page", "页", "頁", "page"},
        {"download", "下载当前结果", "下載當前結果", "Download these rows"},
        {"downloadAll", "下载全部指标", "下載全部指標", "Download every indicator"},
        {"name", "名称", "名稱", "Name"},
        {"first", "首个节点", "首個節點", "First milestone"},
        {"latest", "最新节点", "最新節點", "Latest milestone"},
        {"institutions", "机构", "機構", "Institutions"},
        {"milestones", "时间线", "時間線", "Timeline"},
        {"date", "日期", "日期", "Date"},
        {"type", "类型", "類型", "Type"},
        {"evidence", "原文与出处", "原文與出處", "Quote and source"},
        {"role", "角色", "角色", "Role"},
        {"cite", "引用本条", "引用本條", "Cite this"},
        {"asJson", "JSON 数据", "JSON 數據", "As JSON"},
        {"summary", "简介", "簡介", "Summary"},
        {"names", "名称（三种文字）", "名稱（三種文字）", "Names in three scripts"},
        {"undated", "文件未注明日期，为报告年份", "文件未註明日期，為報告年份", "not dated by the document; the year of the report"},
        {"source", "来源文件", "來源文件", "Source document"},
        {"supports", "本文件支持的成果", "本文件支持的成果", "Achievements this document supports"},
        {"site", "本站页面", "本站頁面", "Pages of the catalogue"},
        {"none", "没有符合条件的成果。", "沒有符合條件的成果。", "No achievement matches."},
        {"language", "语言", "語言", "Language"},
        {"apply", "应用", "應用", "Apply"},
        {"clear", "清除筛选", "清除篩選", "Clear the filters"},
        {"publisher", "发布机构", "發布機構", "Publisher"},
        {"kind", "类型", "類型", "Kind"},
        {"documentNumber", "文号", "文號", "Document number"},
        {"published", "发布日期", "發布日期", "Published"},
        {"indicators", "统计指标", "統計指標", "Indicators"},
        {"period", "时期", "時期", "Period"},
        {"value", "数值", "數值", "Value"},
        {"unit", "单位", "單位", "Unit"},
        {"qualifier", "限定", "限定", "Qualifier"},
        {"measure", "计量方式", "計量方式", "Measure"},
        {"scope", "范围", "範圍", "Scope"},
        {"parent", "上级机构", "上級機構", "Belongs to"},
        {"children", "下属机构", "下屬機構", "Institutions belonging to it"},
        {"aliases", "别名", "別名", "Also written"},
        {"achievements", "成果", "成果", "Achievements"},
        {"chart", "图表", "圖表", "Chart"},
        {"releases", "版本与变更", "版本與變更", "What changed"},
        {"release", "版本", "版本", "Release"},
        {"change", "变更", "變更", "Change"},
        {"fields", "变更字段", "變更字段", "Fields changed"},
        {"record", "记录", "記錄", "Record"},
        {"title400", "地址中的参数有误", "地址中的參數有誤", "A parameter of this address is not valid"},
        {"title404", "找不到该页面", "找不到該頁面", "No page at this address"},
        {"title410", "该记录已删除", "該記錄已刪除", "This record was removed"},
        {"title429", "请求过于频繁", "請求過於頻繁", "Too many requests"},
        {"title4xx", "无法处理该请求", "無法處理該請求", "This request cannot be answered"},
        {"title5xx", "服务暂时出错", "服務暫時出錯", "The service failed to answer"},
        {
            "problem400",
            "请改正下列参数后重试，或从搜索页重新开始。",
            "請改正下列參數後重試，或從搜尋頁重新開始。",
            "Correct the parameters below and try again, or start again from the search page."
        },
        {
            "problem404",
            "记录的编号可能有误，或地址不完整。可以按名称搜索：",
            "記錄的編號可能有誤，或地址不完整。可以按名稱搜尋：",
            "The record's id may be mistyped, or the address cut short. Search for it by name:"
        },
        {
            "problem410",
            "该记录在第 {release} 版中删除；以往版本中仍可查到。",
            "該記錄在第 {release} 版中刪除；以往版本中仍可查到。",
            "This record was removed in release {release}; earlier releases still hold it."
        },
        {
            "problem429",
            "短时间内请求太多，请稍候片刻再试。",
            "短時間內請求太多，請稍候片刻再試。",
            "Too many requests in a short time; wait a moment and try again."
        },
        {"problem4xx", "该地址不能这样请求。", "該地址不能這樣請求。", "This address cannot be asked for in this way."},
        {"problem5xx", "请稍后再试。", "請稍後再試。", "Please try again in a little while."},
        {"replacedBy", "已并入", "已併入", "Merged into"},
        {"technical", "技术细节", "技術細節", "Technical detail"},
        {"status", "状态码", "狀態碼", "Status"},
    };

    /** Each language's words by key, built once. */
    private static final Map<Lang, Map<String, String>> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            Map<String, String> words = new HashMap<>();
            for (String[] w : WORDS) {
                words.put(w[0], w[lang.ordinal() + 1]);
            }
            BY_LANG.put(lang, Map.copyOf(words));
        }
    }

    private Labels() {}

    /** The words of one language, by key. */
    static Map<String, String> of(Lang lang) {
        return BY_LANG.get(lang);
    }
}
