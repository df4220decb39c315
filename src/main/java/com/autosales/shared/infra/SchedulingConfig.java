package com.autosales.shared.infra;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.Utils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work that must happen on one node at a time (scheduled jobs, start-up seeding) takes a lock in the
 * shared database (ShedLock), using the database clock so nodes with drifting clocks agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource, Environment env) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(lockOwner(env))
                .build());
    }

    /**
     * Who holds a lock ({@code shedlock.locked_by}): {@code autosales.node-name} if set, otherwise host name and HTTP
     * port, so several nodes on one machine can be told apart.
     */
    static String lockOwner(Environment env) {
        String name = env.getProperty("autosales.node-name", "").strip();
        if (!name.isEmpty()) {
            return name;
        }
        return Utils.getHostname() + ":" + env.getProperty("server.port", "8080");
    }

    /** For one-off work such as seeding: {@code executor.executeWithLock(task, lockConfiguration)}. */
    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "autosales.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Scheduling {
    }
}
