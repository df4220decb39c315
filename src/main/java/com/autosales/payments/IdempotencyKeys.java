package com.autosales.payments;

import com.autosales.shared.DomainException;
import java.util.regex.Pattern;

/** The caller's idempotency key: required, 8–100 characters of letters, digits and {@code - _ . :}. */
final class IdempotencyKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private IdempotencyKeys() {
    }

    static String check(String key) {
        if (key == null || !KEY.matcher(key.strip()).matches()) {
            throw new DomainException("payments.idempotency-key-invalid");
        }
        return key.strip();
    }
}
