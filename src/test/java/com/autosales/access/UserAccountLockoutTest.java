package com.autosales.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private final Instant now = Instant.parse("2026-11-25T02:00:00Z");

    private UserAccount account() {
        return new UserAccount("lee", "{noop}x", "Lee", null, null, null, Set.of(), now);
    }

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.registerFailedLogin(now, 5, LOCKOUT);
        }
        assertThat(account.isLockedAt(now)).isFalse();
    }

    @Test
    void theFifthWrongPasswordLocksForTheLockoutPeriod() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.registerFailedLogin(now, 5, LOCKOUT);
        }
        assertThat(account.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(now.plus(LOCKOUT))).isFalse();
    }

    @Test
    void afterTheLockRunsOutOneMoreMistakeDoesNotLockAgainAtOnce() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.registerFailedLogin(now, 5, LOCKOUT);
        }
        Instant later = now.plus(Duration.ofMinutes(20));
        account.registerFailedLogin(later, 5, LOCKOUT);
        assertThat(account.isLockedAt(later)).isFalse();
        assertThat(account.failedAttempts()).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        UserAccount account = account();
        account.registerFailedLogin(now, 5, LOCKOUT);
        account.registerSuccessfulLogin(now);
        assertThat(account.failedAttempts()).isZero();
    }
}
