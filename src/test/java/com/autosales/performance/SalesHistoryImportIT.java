package com.autosales.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.performance.SalesHistoryImport.HistoricSale;
import com.autosales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sales taken over from the previous system count like deliveries, each once, under ids no contract can have. */
@IntegrationTest
class SalesHistoryImportIT {

    @Autowired SalesHistoryImport history;
    @Autowired PerformanceQueries queries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anEarlierSaleCountsItsOrderDeliveryRevenueMarginAndCollection() {
        Long me = jdbc.queryForObject("select employee_id from app_user where username = 'consultant2'", Long.class);
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'consultant2'", Long.class);
        Long customer = jdbc.queryForObject("select min(id) from customer where owner_employee_id = ?", Long.class, me);
        Long trim = jdbc.queryForObject("select min(id) from vehicle_trim", Long.class);
        LocalDate day = LocalDate.of(2017, 6, 20);

        Long first = history.record(new HistoricSale("HT-201706-001", store, me, customer, day.minusDays(12), day, trim,
                "朗逸 自动满逸版", false, new BigDecimal("115900.00"), new BigDecimal("3500.00"), new BigDecimal("9400.00")));
        Long second = history.record(new HistoricSale("HT-201706-002", store, me, customer, day.minusDays(3), day, trim,
                "朗逸 自动满逸版", true, new BigDecimal("115900.00"), new BigDecimal("0.00"), new BigDecimal("11900.00")));

        assertThat(first).isNegative();
        assertThat(second).isLessThan(first);
        Map<PerformanceMetric, Figure> june = queries.ofEmployees(List.of(me), day.withDayOfMonth(1), day.withDayOfMonth(30));
        assertThat(june.get(PerformanceMetric.DELIVERIES).quantity()).isEqualByComparingTo("2");
        assertThat(june.get(PerformanceMetric.ORDERS).quantity()).isEqualByComparingTo("2");
        // 115,900 − 3,500 + 115,900 − 0
        assertThat(june.get(PerformanceMetric.REVENUE).amount()).isEqualByComparingTo("228300.00");
        assertThat(june.get(PerformanceMetric.COLLECTIONS).amount()).isEqualByComparingTo("228300.00");
        assertThat(june.get(PerformanceMetric.GROSS_MARGIN).amount()).isEqualByComparingTo("21300.00");
        assertThat(jdbc.queryForObject("select payment_method from performance_sale where contract_id = ?", String.class,
                second)).isEqualTo("FINANCE");
        assertThat(jdbc.queryForObject("select discount_percent from performance_sale where contract_id = ?",
                BigDecimal.class, first)).isEqualByComparingTo("3.0198");
    }
}
