package com.autosales.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the API ({@code /api/**}) takes bearer tokens and keeps no session; pages take a
 * form login with a database-stored session and CSRF protection. Both share one password check,
 * so the lockout after repeated failures counts attempts from either.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AppUserDetailsService users, PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    BearerTokenFilter bearerTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
        return new BearerTokenFilter(tokens, problems);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BearerTokenFilter bearer, ProblemResponses problems,
            AuthenticationManager manager) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, BearerTokenFilter bearer, LoginAttempts attempts,
            AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/language", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("system:admin")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler(attempts)).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HtmxAwareEntryPoint()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }
}
