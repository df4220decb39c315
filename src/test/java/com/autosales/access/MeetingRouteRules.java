package com.autosales.access;

import java.util.Map;

/**
 * The routes of meetings (例会) with the permission each needs (read by {@link RouteRules}). Completing or reopening
 * an action item needs only reports:view: the owner may, the rest is refused by the meeting module (404 / 422).
 */
final class MeetingRouteRules {

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /meetings", "reports:view"),
            Map.entry("GET /meetings/new", "reports:create"),
            Map.entry("POST /meetings/new", "reports:create"),
            Map.entry("GET /meetings/actions", "reports:view"),
            Map.entry("GET /meetings/{id}", "reports:view"),
            Map.entry("GET /meetings/{id}/pack.pdf", "reports:view"),
            Map.entry("POST /meetings/{id}/pack", "reports:create"),
            Map.entry("POST /meetings/{id}/minutes", "reports:create"),
            Map.entry("POST /meetings/{id}/attendance", "reports:create"),
            Map.entry("POST /meetings/{id}/close", "reports:create"),
            Map.entry("POST /meetings/{id}/actions", "reports:create"),
            Map.entry("POST /meetings/{id}/actions/{actionId}/done", "reports:view"),
            Map.entry("POST /meetings/{id}/actions/{actionId}/reopen", "reports:view"),
            Map.entry("GET /api/v1/meetings", "reports:view"),
            Map.entry("POST /api/v1/meetings", "reports:create"),
            Map.entry("GET /api/v1/meetings/my-actions", "reports:view"),
            Map.entry("GET /api/v1/meetings/{id}", "reports:view"),
            Map.entry("GET /api/v1/meetings/{id}/pack.pdf", "reports:view"),
            Map.entry("PATCH /api/v1/meetings/{id}/minutes", "reports:create"),
            Map.entry("POST /api/v1/meetings/{id}/close", "reports:create"),
            Map.entry("POST /api/v1/meetings/{id}/actions", "reports:create"),
            Map.entry("POST /api/v1/meetings/{id}/actions/{actionId}/done", "reports:view"));

    private MeetingRouteRules() {
    }
}
