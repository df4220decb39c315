package com.autosales.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All labels: the shared {@code messages*.properties} plus one bundle per module,
 * {@code i18n/<module>.properties} (Chinese, the default) and {@code i18n/<module>_en.properties}.
 * A module adds its bundle by adding the files; nothing to register.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundlesConfig {

    private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties$");

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setCacheSeconds(-1);
        return source;
    }

    static List<String> basenames() throws IOException {
        Set<String> modules = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String file = bundle.getFilename();
            if (file != null && !TRANSLATION.matcher(file).matches()) {
                modules.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        List<String> names = new ArrayList<>(List.of("classpath:messages"));
        names.addAll(modules);
        return names;
    }
}
