package com.autosales.access;

import java.util.Map;

/** The routes of the commission pages and API with the permission each needs (read by {@link RouteRules}). */
final class CommissionRouteRules {

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /commission-rules", "targets:view"),
            Map.entry("GET /commission-rules/new", "targets:edit"),
            Map.entry("POST /commission-rules", "targets:edit"),
            Map.entry("GET /commission-rules/{id}", "targets:view"),
            Map.entry("POST /commission-rules/{id}", "targets:edit"),
            Map.entry("POST /commission-rules/{id}/delete", "targets:edit"),
            Map.entry("GET /commission-statements", "targets:view"),
            Map.entry("POST /commission-statements/generate", "targets:edit"),
            Map.entry("GET /commission-statements/{id}", "targets:view"),
            Map.entry("POST /commission-statements/{id}/recalculation", "targets:edit"),
            Map.entry("POST /commission-statements/{id}/adjustments", "targets:edit"),
            Map.entry("POST /commission-statements/{id}/submission", "targets:edit"),
            Map.entry("POST /commission-statements/{id}/decision", "targets:approve"),
            Map.entry("GET /commission-statements/export.xlsx", "targets:view"),
            Map.entry("GET /commission-statements/{id}/export.xlsx", "targets:view"),
            Map.entry("GET /api/v1/commission-rules", "targets:view"),
            Map.entry("GET /api/v1/commission-rules/{id}", "targets:view"),
            Map.entry("POST /api/v1/commission-rules", "targets:edit"),
            Map.entry("PUT /api/v1/commission-rules/{id}", "targets:edit"),
            Map.entry("DELETE /api/v1/commission-rules/{id}", "targets:edit"),
            Map.entry("GET /api/v1/commission-statements", "targets:view"),
            Map.entry("GET /api/v1/commission-statements/{id}", "targets:view"),
            Map.entry("POST /api/v1/commission-statements/generation", "targets:edit"),
            Map.entry("POST /api/v1/commission-statements/{id}/recalculation", "targets:edit"),
            Map.entry("POST /api/v1/commission-statements/{id}/adjustments", "targets:edit"),
            Map.entry("POST /api/v1/commission-statements/{id}/submission", "targets:edit"),
            Map.entry("POST /api/v1/commission-statements/{id}/decision", "targets:approve"),
            Map.entry("GET /api/v1/commission-statements/export.xlsx", "targets:view"),
            Map.entry("GET /api/v1/commission-statements/{id}/export.xlsx", "targets:view"));

    private CommissionRouteRules() {
    }
}
