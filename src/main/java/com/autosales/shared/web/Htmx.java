package com.autosales.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Small helpers for requests made by htmx. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-History-Restore-Request") == null;
    }
}
