package com.autosales.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A filter as a query string for links (pager, export, drill-down): empty values left out, values URL-encoded. */
public final class QueryString {

    private final StringBuilder query = new StringBuilder();

    public QueryString add(String name, Object value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Without a leading '?'; empty when no value was given. */
    @Override
    public String toString() {
        return query.toString();
    }
}
