package com.autosales.access;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords per account (in the database, so all nodes count together) and locks. */
@Component
class LoginAttempts {

    private final UserAccounts users;
    private final LoginPolicy policy;
    private final Clock clock;

    LoginAttempts(UserAccounts users, LoginPolicy policy, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.lockByUsername(AppUserDetailsService.normalise(event.getAuthentication().getName()))
                .ifPresent(u -> u.registerFailedLogin(clock.instant(), policy.maxFailedAttempts(), policy.lockout()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            users.lockByUsername(AppUserDetailsService.normalise(event.getAuthentication().getName()))
                    .ifPresent(u -> u.registerSuccessfulLogin(clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        Optional<UserAccount> user = users.findByUsername(AppUserDetailsService.normalise(username));
        return user.map(u -> u.isLockedAt(clock.instant())).orElse(false);
    }

    long lockoutMinutes() {
        return policy.lockout().toMinutes();
    }
}
