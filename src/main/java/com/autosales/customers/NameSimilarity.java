package com.autosales.customers;

import java.util.List;
import java.util.Locale;

/**
 * Two customer names are similar when they read the same in pinyin once company suffixes (有限公司, 公司, 集团 …),
 * spaces, brackets and punctuation are left out: 张三 ~ 章三, 北京（海淀）汽车有限公司 ~ 北京海淀汽车集团.
 */
final class NameSimilarity {

    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "集团公司", "分公司",
            "责任公司", "公司", "集团", "co.,ltd.", "co.,ltd", "co.ltd", "coltd", "ltd.", "ltd", "inc.", "inc", "corp.",
            "corp", "group");

    private NameSimilarity() {
    }

    /** The name without spaces, brackets, punctuation and trailing company suffixes, lower case. */
    static String core(String name) {
        if (name == null) {
            return "";
        }
        String core = name.toLowerCase(Locale.ROOT).replaceAll("[\\s()（）\\[\\]【】{}「」《》<>·.,，。、\\-_/&'\"]", "");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                String compact = suffix.replaceAll("[.,]", "");
                if (core.length() > compact.length() && core.endsWith(compact)) {
                    core = core.substring(0, core.length() - compact.length());
                    stripped = true;
                }
            }
        }
        return core;
    }

    /** The pinyin of the name's core: what two similar names have in common; empty when there is nothing to compare. */
    static String key(String name) {
        String pinyin = ChineseNames.fullPinyin(core(name));
        return pinyin == null ? "" : pinyin;
    }

    static boolean similar(String a, String b) {
        String keyA = key(a);
        return !keyA.isEmpty() && keyA.equals(key(b));
    }
}
