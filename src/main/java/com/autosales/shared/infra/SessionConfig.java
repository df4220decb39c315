package com.autosales.shared.infra;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in the database so any node can serve any user. On PostgreSQL, attribute writes
 * use upserts so two parallel requests of one session (htmx does that) cannot collide.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    @Bean
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql')")
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
