package com.autosales.vehicles;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * 库龄分析 — the vehicles standing in stock (in stock, reserved, demo) by age bucket: how many and the purchase cost
 * tied up in each; costs {@code null} (left out of JSON) for readers who may not see them.
 */
public record StockAgeing(List<Bucket> buckets, long totalCount, @JsonInclude(JsonInclude.Include.NON_NULL) Money totalCost) {

    public record Bucket(AgeBucket bucket, long count, @JsonInclude(JsonInclude.Include.NON_NULL) Money cost) {
    }
}
