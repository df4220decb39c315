package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CustomerActivityIT {

    @Autowired
    CustomerActivity activity;
    @Autowired
    CustomerManagement customers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aContactMovesTheLastContactDateForwardButNeverBackAndIsNotAnEditOfTheCard() {
        Long id = customers.registerFor(storeId(), null, new CustomerDetails(CustomerKind.INDIVIDUAL,
                "活动测试" + System.nanoTime(), null, Lifecycle.POTENTIAL, null));
        long versionBefore = version(id);
        Instant later = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        activity.contacted(id, later);
        activity.contacted(id, later.minus(3, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("select last_contact_at from customer where id = ?", java.sql.Timestamp.class, id)
                .toInstant()).isEqualTo(later);
        assertThat(version(id)).isEqualTo(versionBefore);
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
    }

    private Long storeId() {
        return jdbc.queryForObject("select min(store_id) from customer", Long.class);
    }
}
