package com.autosales.delivery;

import java.util.Base64;

/** The signature pad sends the drawing as a {@code data:image/png;base64,…} URL; the API may send the bare base64. */
final class SignatureImage {

    private static final String PREFIX = "data:image/png;base64,";

    private SignatureImage() {
    }

    static byte[] decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String base64 = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
