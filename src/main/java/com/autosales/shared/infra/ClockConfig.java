package com.autosales.shared.infra;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the dealership's time zone; tests can move time instead of waiting. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${autosales.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
