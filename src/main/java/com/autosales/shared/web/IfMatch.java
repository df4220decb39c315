package com.autosales.shared.web;

import com.autosales.shared.DomainException;

/** The version a client read, from an {@code If-Match} header (a number, optionally quoted or weak). */
public final class IfMatch {

    private IfMatch() {
    }

    public static long version(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new DomainException("malformed-request");
        }
    }
}
