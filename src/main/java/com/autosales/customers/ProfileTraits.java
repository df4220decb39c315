package com.autosales.customers;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** 客户特征 — service area, sales capacity, growth potential, business philosophy, size (staff, revenue). */
public record ProfileTraits(
        @Size(max = 200, message = "{customer.profile.invalid.length}") String serviceArea,
        @Size(max = 200, message = "{customer.profile.invalid.length}") String salesCapacity,
        GrowthPotential growthPotential,
        @Size(max = 500, message = "{customer.profile.invalid.length}") String businessPhilosophy,
        @PositiveOrZero(message = "{customer.profile.invalid.count}") @Max(value = 10_000_000, message = "{customer.profile.invalid.count}") Integer staffCount,
        @PositiveOrZero(message = "{customer.profile.invalid.amount}") @Digits(integer = 17, fraction = 2, message = "{customer.profile.invalid.amount}") BigDecimal annualRevenue)
        implements ProfileSection {

    public static final String KEY = "traits";

    public ProfileTraits {
        serviceArea = ProfileSection.clean(serviceArea);
        salesCapacity = ProfileSection.clean(salesCapacity);
        businessPhilosophy = ProfileSection.clean(businessPhilosophy);
    }

    @Override
    public String key() {
        return KEY;
    }
}
