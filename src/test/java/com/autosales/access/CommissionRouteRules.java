package com.autosales.access;

import java.util.Map;

/** The routes of the commission pages and API with the permission each needs (read by {@link RouteRules}). */
final class CommissionRouteRules {

    static final Map<String, String> RULES = Map.of();

    private CommissionRouteRules() {
    }
}
