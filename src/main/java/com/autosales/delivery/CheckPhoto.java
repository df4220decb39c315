package com.autosales.delivery;

import com.autosales.shared.DomainException;

/** A photo taken at a check: a JPEG or PNG (known by its first bytes, not by its name) of at most 5 MB. */
record CheckPhoto(byte[] bytes, String contentType) {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    static CheckPhoto of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("delivery.photo-too-large");
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return new CheckPhoto(bytes, "image/jpeg");
        }
        if (isPng(bytes)) {
            return new CheckPhoto(bytes, "image/png");
        }
        throw new DomainException("delivery.photo-not-image");
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }
}
