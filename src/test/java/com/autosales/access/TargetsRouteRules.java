package com.autosales.access;

import java.util.Map;

/** The routes of the targets pages and API with the permission each needs (read by {@link RouteRules}). */
final class TargetsRouteRules {

    static final Map<String, String> RULES = Map.of();

    private TargetsRouteRules() {
    }
}
