package com.autosales.access;

import java.util.Map;

/** The routes of the scorecard pages and API with the permission each needs (read by {@link RouteRules}). */
final class ScorecardRouteRules {

    static final Map<String, String> RULES = Map.of();

    private ScorecardRouteRules() {
    }
}
