package com.autosales.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese is the default language; {@code ?lang=en} switches and a cookie remembers the choice,
 * so any app node serves the user in the same language. API clients may send Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final String COOKIE = "AUTOSALES_LANG";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfig::defaultLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale defaultLocale(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith("/api/");
        if (api && request.getHeader("Accept-Language") != null) {
            return SupportedLanguages.closest(request.getLocale());
        }
        return SupportedLanguages.DEFAULT;
    }
}
