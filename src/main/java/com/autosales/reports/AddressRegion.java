package com.autosales.reports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region of a Chinese address as the region mix groups it: the province-level unit at the start (up to and
 * including 省, 自治区, 特别行政区 or 市 — a municipality such as 上海市 is its own city), then the city after a province
 * ("广东省广州市"). An address that does not start with one is of no known region.
 */
final class AddressRegion {

    // at most seven characters before the suffix: the longest province-level name, 新疆维吾尔, has five
    private static final Pattern PROVINCE = Pattern.compile("^(\\p{IsHan}{2,7}?(?:特别行政区|自治区|省|市))");
    private static final Pattern CITY = Pattern.compile("^(\\p{IsHan}{1,7}?(?:自治州|地区|盟|市))");
    private static final Pattern LEADING_COUNTRY = Pattern.compile("^(?:中国|中华人民共和国)");

    private AddressRegion() {
    }

    /** "广东省广州市", "上海市", "香港特别行政区"; empty when the address names no province or municipality. */
    static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = LEADING_COUNTRY.matcher(address.strip().replaceAll("\\s+", "")).replaceFirst("");
        Matcher province = PROVINCE.matcher(text);
        if (!province.find()) {
            return Optional.empty();
        }
        String head = province.group(1);
        if (!head.endsWith("省") && !head.endsWith("自治区")) {
            return Optional.of(head); // a municipality or a special administrative region
        }
        Matcher city = CITY.matcher(text.substring(head.length()));
        return Optional.of(city.find() ? head + city.group(1) : head);
    }
}
