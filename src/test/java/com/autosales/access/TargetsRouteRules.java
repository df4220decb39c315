package com.autosales.access;

import java.util.Map;

/** The routes of the targets pages and API with the permission each needs (read by {@link RouteRules}). */
final class TargetsRouteRules {

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /sales-plans", "targets:view"),
            Map.entry("GET /sales-plans/new", "targets:edit"),
            Map.entry("POST /sales-plans/new", "targets:edit"),
            Map.entry("GET /sales-plans/{id}", "targets:view"),
            Map.entry("POST /sales-plans/{id}/split", "targets:edit"),
            Map.entry("POST /sales-plans/{id}/nodes/{nodeId}", "targets:edit"),
            Map.entry("POST /sales-plans/{id}/nodes/{nodeId}/even", "targets:edit"),
            Map.entry("POST /sales-plans/{id}/submit", "targets:edit"),
            Map.entry("POST /sales-plans/{id}/decision", "targets:approve"),
            Map.entry("POST /sales-plans/{id}/revise", "targets:edit"),
            Map.entry("GET /sales-plans/{id}/progress", "targets:view"),
            Map.entry("GET /api/v1/sales-plans", "targets:view"),
            Map.entry("POST /api/v1/sales-plans", "targets:edit"),
            Map.entry("GET /api/v1/sales-plans/{id}", "targets:view"),
            Map.entry("POST /api/v1/sales-plans/{id}/split", "targets:edit"),
            Map.entry("PUT /api/v1/sales-plans/{id}/nodes/{nodeId}/targets", "targets:edit"),
            Map.entry("POST /api/v1/sales-plans/{id}/nodes/{nodeId}/even-split", "targets:edit"),
            Map.entry("POST /api/v1/sales-plans/{id}/submit", "targets:edit"),
            Map.entry("POST /api/v1/sales-plans/{id}/decision", "targets:approve"),
            Map.entry("POST /api/v1/sales-plans/{id}/revise", "targets:edit"),
            Map.entry("GET /api/v1/sales-plans/{id}/progress", "targets:view"));

    private TargetsRouteRules() {
    }
}
