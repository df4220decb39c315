package com.autosales.shared.web;

import java.net.URI;

/** Where to send a user back to after a small action (language, store switch): a path on this site only. */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    /** The path and query of {@code referer}, without {@code lang=}; "/" for anything not on this site. */
    public static String back(String referer) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || path.isEmpty() || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            String query = uri.getRawQuery();
            String cleaned = query == null ? null : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
            return cleaned == null || cleaned.isEmpty() ? path : path + "?" + cleaned;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
