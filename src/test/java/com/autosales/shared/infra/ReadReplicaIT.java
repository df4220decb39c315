package com.autosales.shared.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a read replica configured (here the test database itself, under a second pool), the reports read through the
 * replica's pool and the daily work never touches it. Its own application context, as a node configured so would be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "autosales.replica.url=${spring.datasource.url}")
@AutoConfigureMockMvc
class ReadReplicaIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired @Qualifier("replicaDataSource") HikariDataSource replica;

    @Test
    void reportsReadFromTheReplicaAndTheDailyWorkFromThePrimary() throws Exception {
        String token = "Bearer " + api.tokenFor("gm");
        mvc.perform(get("/api/v1/customers").header("Authorization", token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/leads").header("Authorization", token)).andExpect(status().isOk());
        assertThat(connectionsOpened()).as("replica connections before any report").isZero();

        mvc.perform(get("/api/v1/reports/sales-analysis?period=MONTH&date=2026-11-01").header("Authorization", token))
                .andExpect(status().isOk());

        assertThat(connectionsOpened()).as("replica connections after a report").isPositive();
        assertThat(replica.isReadOnly()).isTrue();
    }

    private int connectionsOpened() {
        return replica.getHikariPoolMXBean() == null ? 0 : replica.getHikariPoolMXBean().getTotalConnections();
    }
}
