package com.autosales.customers;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** 张三 → {@code zhangsan} and {@code zs}, so consultants can find a customer by typing pinyin (pinyin4j). */
final class ChineseNames {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private ChineseNames() {
    }

    static String fullPinyin(String name) {
        return convert(name, false);
    }

    static String initials(String name) {
        return convert(name, true);
    }

    private static String convert(String name, boolean initialsOnly) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            String reading = readingOf(c);
            if (reading != null) {
                out.append(initialsOnly ? reading.substring(0, 1) : reading);
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The first (most common) reading of a Chinese character, or null for anything else. */
    private static String readingOf(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
