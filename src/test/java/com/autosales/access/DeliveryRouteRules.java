package com.autosales.access;

import java.util.Map;

/** The routes of deliveries and satisfaction surveys with the permission each needs (read by {@link RouteRules}). */
final class DeliveryRouteRules {

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /deliveries", "sales:view"),
            Map.entry("GET /deliveries/contract/{contractId}", "sales:view"),
            Map.entry("GET /deliveries/{id}", "sales:view"),
            Map.entry("POST /deliveries/{id}/appointment", "sales:edit"),
            Map.entry("POST /deliveries/{id}/allocation", "sales:edit"),
            Map.entry("POST /deliveries/{id}/substitution", "sales:edit"),
            Map.entry("POST /deliveries/{id}/substitution/decision", "sales:approve"),
            Map.entry("POST /deliveries/{id}/release", "sales:approve"),
            Map.entry("POST /deliveries/{id}/checks/{itemId}", "sales:edit"),
            Map.entry("POST /deliveries/{id}/checks/{itemId}/undo", "sales:edit"),
            Map.entry("GET /deliveries/{id}/checks/{itemId}/photo", "sales:view"),
            Map.entry("POST /deliveries/{id}/confirmation", "sales:edit"),
            Map.entry("GET /deliveries/{id}/signature", "sales:view"),
            Map.entry("POST /deliveries/{id}/handover", "sales:edit"),
            Map.entry("GET /deliveries/{id}/pdf", "sales:view"),
            Map.entry("GET /deliveries/settings", "sales:admin"),
            Map.entry("POST /deliveries/settings/items", "sales:admin"),
            Map.entry("POST /deliveries/settings/items/{id}", "sales:admin"),
            Map.entry("POST /deliveries/settings/items/{id}/retire", "sales:admin"),
            Map.entry("GET /api/v1/deliveries", "sales:view"),
            Map.entry("GET /api/v1/deliveries/{id}", "sales:view"),
            Map.entry("GET /api/v1/deliveries/by-contract/{contractId}", "sales:view"),
            Map.entry("POST /api/v1/deliveries/{id}/appointment", "sales:edit"),
            Map.entry("POST /api/v1/deliveries/{id}/allocation", "sales:edit"),
            Map.entry("POST /api/v1/deliveries/{id}/substitution", "sales:edit"),
            Map.entry("POST /api/v1/deliveries/{id}/substitution/decision", "sales:approve"),
            Map.entry("POST /api/v1/deliveries/{id}/release", "sales:approve"),
            Map.entry("POST /api/v1/deliveries/{id}/checks/{itemId}", "sales:edit"),
            Map.entry("DELETE /api/v1/deliveries/{id}/checks/{itemId}", "sales:edit"),
            Map.entry("POST /api/v1/deliveries/{id}/confirmation", "sales:edit"),
            Map.entry("POST /api/v1/deliveries/{id}/handover", "sales:edit"),
            Map.entry("GET /api/v1/deliveries/{id}/pdf", "sales:view"),
            // satisfaction surveys
            Map.entry("GET /surveys", "service:view"),
            Map.entry("GET /surveys/{id}", "service:view"),
            Map.entry("POST /surveys/{id}", "service:edit"),
            Map.entry("POST /surveys/{id}/not-reached", "service:edit"),
            Map.entry("GET /api/v1/surveys", "service:view"),
            Map.entry("GET /api/v1/surveys/averages", "service:view"),
            Map.entry("GET /api/v1/surveys/{id}", "service:view"),
            Map.entry("POST /api/v1/surveys/{id}/answers", "service:edit"),
            Map.entry("POST /api/v1/surveys/{id}/not-reached", "service:edit"));

    private DeliveryRouteRules() {
    }
}
