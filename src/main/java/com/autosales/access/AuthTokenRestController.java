package com.autosales.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import com.autosales.shared.web.Problems;

/** API sign-in: username and password for a bearer token with an expiry. */
@RestController
@Tag(name = "Authentication")
class AuthTokenRestController {

    private final ApiTokenService tokens;
    private final AuthenticationManager authenticationManager;
    private final MessageSource messages;

    AuthTokenRestController(ApiTokenService tokens, AuthenticationManager authenticationManager,
            MessageSource messages) {
        this.tokens = tokens;
        this.authenticationManager = authenticationManager;
        this.messages = messages;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange username and password for a bearer token")
    @SecurityRequirements
    TokenResponse issue(@Valid @RequestBody TokenRequest request) {
        ApiTokenService.IssuedToken issued = tokens.issue(authenticationManager, request.username(), request.password());
        return new TokenResponse(issued.accessToken(), "Bearer", issued.expiresAt().toString(), issued.expiresIn());
    }

    @DeleteMapping("/api/v1/auth/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the bearer token of this request")
    void revoke(@RequestHeader("Authorization") String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).trim());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail refused(AuthenticationException e) {
        String code = e instanceof LockedException ? "account-locked"
                : e instanceof DisabledException ? "account-disabled" : "bad-credentials";
        String detail = messages.getMessage("error." + code, null, code, LocaleContextHolder.getLocale());
        return Problems.of(HttpStatus.UNAUTHORIZED, code, detail);
    }

    record TokenRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String password) {
    }

    record TokenResponse(String accessToken, String tokenType, String expiresAt, long expiresIn) {
    }
}
