package com.autosales.leads;

import com.autosales.shared.Money;

/**
 * What a consultant knows about a lead: models of interest (free text until the vehicle catalogue exists), budget,
 * payment intent, trade-in, competitor models, source (with platform or referrer) and intention level.
 */
public record LeadDetails(String models, Money budget, PaymentIntent paymentIntent, boolean tradeIn,
        String tradeInDescription, String competitorModels, LeadSource source, String sourceDetail, LeadLevel level) {
}
