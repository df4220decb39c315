package com.autosales.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes API bearer tokens. */
@Service
class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final UserAccounts users;
    private final AppUserDetailsService userDetails;
    private final LoginPolicy policy;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, UserAccounts users, AppUserDetailsService userDetails, LoginPolicy policy,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.userDetails = userDetails;
        this.policy = policy;
        this.clock = clock;
    }

    /** Checks the password through the same manager as the login form, so lockout applies here too. */
    @Transactional
    public IssuedToken issue(AuthenticationManager manager, String username, String password) {
        Authentication auth = manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(AppUserDetailsService.normalise(username), password));
        AppUserPrincipal principal = (AppUserPrincipal) auth.getPrincipal();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(policy.tokenTtl());
        tokens.save(new ApiToken(hash(token), principal.user().userId(), now, expiresAt));
        return new IssuedToken(token, expiresAt, policy.tokenTtl().toSeconds());
    }

    @Transactional(readOnly = true)
    public Optional<AppUserPrincipal> authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.isValidAt(now))
                .flatMap(t -> users.findById(t.userId()))
                .filter(u -> u.enabled() && !u.isLockedAt(now))
                .map(userDetails::principalOf);
    }

    @Transactional
    public void revoke(String token) {
        tokens.findByTokenHash(hash(token)).ifPresent(ApiToken::revoke);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record IssuedToken(String accessToken, Instant expiresAt, long expiresIn) {
    }
}
