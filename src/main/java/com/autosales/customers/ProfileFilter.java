package com.autosales.customers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The customer list's filters (every classification of the card, credit, stale cards only) and its order; null
 * means "any".
 */
public record ProfileFilter(Lifecycle lifecycle, Grade grade, TradeStage tradeStage, CustomerNature nature,
        ChannelType channelType, VolumeClass volumeClass, String region, String routeCode, CreditRating creditRating,
        Boolean overLimit, Boolean stale, CustomerSort sort) {

    public ProfileFilter {
        region = blankToNull(region);
        stale = Boolean.TRUE.equals(stale);
        routeCode = blankToNull(routeCode);
    }

    public static ProfileFilter none() {
        return new ProfileFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public CustomerSort order() {
        return sort == null ? CustomerSort.NEWEST : sort;
    }

    /** Only customers whose exposure is above their credit limit. */
    public boolean onlyOverLimit() {
        return Boolean.TRUE.equals(overLimit);
    }

    /** Whether any classification narrows the list (the order does not). */
    public boolean any() {
        return !params(false).isEmpty();
    }

    /** The filters as URL query parameters, for pager and export links ({@code grade=A&region=…}). */
    public String query() {
        return params(true).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The filters for the access log, language-neutral: {@code ; grade=A; region=华东}. */
    public String logSuffix() {
        return params(false).entrySet().stream().map(e -> "; " + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining());
    }

    private Map<String, String> params(boolean withSort) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "lifecycle", lifecycle);
        put(params, "grade", grade);
        put(params, "tradeStage", tradeStage);
        put(params, "nature", nature);
        put(params, "channelType", channelType);
        put(params, "volumeClass", volumeClass);
        put(params, "region", region);
        put(params, "routeCode", routeCode);
        put(params, "creditRating", creditRating);
        put(params, "overLimit", onlyOverLimit() ? Boolean.TRUE : null);
        put(params, "stale", stale ? Boolean.TRUE : null);
        if (withSort) {
            put(params, "sort", sort);
        }
        return params;
    }

    private static void put(Map<String, String> params, String name, Object value) {
        if (value != null) {
            params.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
