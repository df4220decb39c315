package com.autosales.access;

import java.util.Map;

/** The routes of the lead-source cost entry (reports: customer composition, lead-source ROI) for {@link RouteRules}. */
final class CompositionRouteRules {

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /reports/lead-source-roi/costs", "reports:edit"),
            Map.entry("POST /reports/lead-source-roi/costs", "reports:edit"),
            Map.entry("GET /api/v1/lead-source-costs", "reports:edit"),
            Map.entry("PUT /api/v1/lead-source-costs", "reports:edit"));

    private CompositionRouteRules() {
    }
}
