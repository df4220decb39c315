package com.autosales.shared.infra;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * With {@code autosales.replica.url} set, two pools: the primary ({@code spring.datasource.*}) for everything, and a
 * read-only one on the streaming replica for {@link ReadReplica} work. The connection is taken lazily, at the first
 * statement, so the choice is made when the transaction is already known to be a report's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("autosales.replica.url")
class ReplicaDataSourceConfig {

    private static final String PRIMARY = "primary";
    private static final String REPLICA = "replica";

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    @Bean
    HikariDataSource replicaDataSource(Environment env) {
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName(REPLICA);
        replica.setJdbcUrl(env.getRequiredProperty("autosales.replica.url"));
        replica.setUsername(env.getProperty("autosales.replica.username", env.getProperty("spring.datasource.username")));
        replica.setPassword(env.getProperty("autosales.replica.password", env.getProperty("spring.datasource.password")));
        replica.setMaximumPoolSize(env.getProperty("autosales.replica.pool", Integer.class, 5));
        replica.setMinimumIdle(0); // connections are opened when reports are run
        replica.setReadOnly(true);
        return replica;
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryDataSource") DataSource primary, @Qualifier("replicaDataSource") DataSource replica) {
        AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {
            @Override
            protected Object determineCurrentLookupKey() {
                return ReadReplica.isReading() ? REPLICA : PRIMARY;
            }
        };
        routing.setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
        routing.setDefaultTargetDataSource(primary);
        routing.afterPropertiesSet();
        return new LazyConnectionDataSourceProxy(routing);
    }
}
