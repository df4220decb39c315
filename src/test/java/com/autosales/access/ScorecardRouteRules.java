package com.autosales.access;

import java.util.Map;

/** The routes of the scorecard pages and API with the permission each needs (read by {@link RouteRules}). */
final class ScorecardRouteRules {

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /scorecards", "targets:view"),
            Map.entry("POST /scorecards/generate", "targets:edit"),
            Map.entry("GET /scorecards/{id}", "targets:view"),
            Map.entry("POST /scorecards/{id}/recompute", "targets:edit"),
            Map.entry("POST /scorecards/{id}/manual", "targets:edit"),
            Map.entry("POST /scorecards/{id}/submit", "targets:edit"),
            // only the evaluated employee in the end; others holding targets:view are refused by the business rule
            Map.entry("POST /scorecards/{id}/acknowledge", "targets:view"),
            Map.entry("GET /scorecards/templates", "targets:view"),
            Map.entry("GET /scorecards/templates/{position}", "targets:view"),
            Map.entry("POST /scorecards/templates/{position}", "targets:edit"),
            Map.entry("GET /api/v1/scorecards/templates", "targets:view"),
            Map.entry("GET /api/v1/scorecards/templates/{position}", "targets:view"),
            Map.entry("PUT /api/v1/scorecards/templates/{position}", "targets:edit"),
            Map.entry("GET /api/v1/scorecards/evaluations", "targets:view"),
            Map.entry("POST /api/v1/scorecards/evaluations", "targets:edit"),
            Map.entry("GET /api/v1/scorecards/evaluations/{id}", "targets:view"),
            Map.entry("POST /api/v1/scorecards/evaluations/{id}/recompute", "targets:edit"),
            Map.entry("PUT /api/v1/scorecards/evaluations/{id}/manual", "targets:edit"),
            Map.entry("POST /api/v1/scorecards/evaluations/{id}/submit", "targets:edit"),
            Map.entry("POST /api/v1/scorecards/evaluations/{id}/acknowledge", "targets:view"),
            // rankings, contests and the wallboard
            Map.entry("GET /rankings", "targets:view"),
            Map.entry("GET /rankings/contests", "targets:view"),
            Map.entry("POST /rankings/contests", "targets:edit"),
            Map.entry("GET /rankings/wallboard", "targets:view"),
            Map.entry("GET /rankings/wallboard/board", "targets:view"),
            Map.entry("GET /api/v1/rankings", "targets:view"),
            Map.entry("GET /api/v1/rankings/best-consultant", "targets:view"),
            Map.entry("GET /api/v1/rankings/contests", "targets:view"),
            Map.entry("POST /api/v1/rankings/contests", "targets:edit"),
            Map.entry("GET /api/v1/rankings/contests/{id}", "targets:view"));

    private ScorecardRouteRules() {
    }
}
