package com.autosales.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Brute-force protection: after {@code maxFailedAttempts} wrong passwords in a row an account is
 * locked for {@code lockout}. API tokens live for {@code tokenTtl}.
 */
@ConfigurationProperties("autosales.security")
record LoginPolicy(int maxFailedAttempts, Duration lockout, Duration tokenTtl) {

    LoginPolicy {
        if (maxFailedAttempts <= 0) {
            maxFailedAttempts = 5;
        }
        if (lockout == null) {
            lockout = Duration.ofMinutes(15);
        }
        if (tokenTtl == null) {
            tokenTtl = Duration.ofHours(8);
        }
    }
}
