package com.autosales.leads;

import com.autosales.shared.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The lead form (page and API): the customer is fixed once created; version guards edits. {@code ownerEmployeeId}
 * (on create only, for sales managers) gives the new lead to another consultant of the store; empty means me.
 */
public record LeadForm(Long customerId, @NotBlank @Size(max = 300) String models,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal budget, @NotNull PaymentIntent paymentIntent,
        Boolean tradeIn, @Size(max = 300) String tradeInDescription, @Size(max = 300) String competitorModels,
        @NotNull LeadSource source, @Size(max = 100) String sourceDetail, @NotNull LeadLevel level, Long version,
        Long ownerEmployeeId) {

    public static LeadForm blank(Long customerId) {
        return new LeadForm(customerId, null, null, PaymentIntent.CASH, false, null, null, LeadSource.WALK_IN, null,
                LeadLevel.B, null, null);
    }

    /** A new lead prefilled from a showroom reception: its models and source. */
    public static LeadForm fromReception(Long customerId, String models, LeadSource source, String sourceDetail) {
        return new LeadForm(customerId, models, null, PaymentIntent.CASH, false, null, null,
                source == null ? LeadSource.WALK_IN : source, sourceDetail, LeadLevel.B, null, null);
    }

    public static LeadForm of(LeadView lead) {
        return new LeadForm(lead.customerId(), lead.models(), lead.budget() == null ? null : lead.budget().amount(),
                lead.paymentIntent(), lead.tradeIn(), lead.tradeInDescription(), lead.competitorModels(), lead.source(),
                lead.sourceDetail(), lead.level(), lead.version(), null);
    }

    public LeadDetails details() {
        return new LeadDetails(trim(models), budget == null ? null : Money.of(budget), paymentIntent,
                Boolean.TRUE.equals(tradeIn), trim(tradeInDescription), trim(competitorModels), source, trim(sourceDetail),
                level);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
