package com.autosales.access;

import java.util.Map;

/** The routes of the report centre with the permission each needs (read by {@link RouteRules}). */
final class ReportRouteRules {

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /reports", "reports:view"),
            Map.entry("GET /reports/{code}", "reports:view"),
            Map.entry("GET /reports/{code}/export.xlsx", "reports:export"),
            Map.entry("GET /reports/{code}/export.pdf", "reports:export"),
            Map.entry("GET /api/v1/reports", "reports:view"),
            Map.entry("GET /api/v1/reports/{code}", "reports:view"));

    private ReportRouteRules() {
    }
}
