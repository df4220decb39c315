package com.autosales.customers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** 客户分类 — trade stage, nature, channel type (distributors), volume class, and the region and route (路序). */
public record ProfileClassification(
        TradeStage tradeStage,
        CustomerNature nature,
        ChannelType channelType,
        VolumeClass volumeClass,
        @Size(max = 100, message = "{customer.profile.invalid.length}") String region,
        @Size(max = 30, message = "{customer.profile.invalid.length}") String routeCode,
        @Positive(message = "{customer.profile.invalid.order}") @Max(value = 9999, message = "{customer.profile.invalid.order}") Integer visitOrder)
        implements ProfileSection {

    public static final String KEY = "classification";

    public ProfileClassification {
        region = ProfileSection.clean(region);
        routeCode = ProfileSection.clean(routeCode);
    }

    @Override
    public String key() {
        return KEY;
    }
}
