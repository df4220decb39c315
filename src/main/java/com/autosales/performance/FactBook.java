package com.autosales.performance;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes facts once: a fact already booked for the same metric and source is left as it is. */
@Component
class FactBook {

    private final JdbcTemplate jdbc;

    FactBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void book(PerformanceMetric metric, Long storeId, Long employeeId, LocalDate on, BigDecimal quantity,
            BigDecimal amount, String sourceType, Long sourceId) {
        if (storeId == null || sourceId == null) {
            return;
        }
        jdbc.update("insert into performance_fact (metric, store_id, employee_id, occurred_on, quantity, amount,"
                + " source_type, source_id) select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from performance_fact"
                + " where metric = ? and source_type = ? and source_id = ?)", metric.name(), storeId, employeeId,
                Date.valueOf(on), quantity, amount, sourceType, sourceId, metric.name(), sourceType, sourceId);
    }

    void count(PerformanceMetric metric, Long storeId, Long employeeId, LocalDate on, String sourceType, Long sourceId) {
        book(metric, storeId, employeeId, on, BigDecimal.ONE, BigDecimal.ZERO, sourceType, sourceId);
    }

    boolean booked(PerformanceMetric metric, String sourceType, Long sourceId) {
        return jdbc.queryForObject("select count(*) from performance_fact where metric = ? and source_type = ?"
                + " and source_id = ?", Integer.class, metric.name(), sourceType, sourceId) > 0;
    }

    /** The order booked for a signed contract: who sold it and for how much. */
    Order order(Long contractId) {
        return jdbc.queryForObject("select employee_id, amount from performance_fact where metric = 'ORDERS'"
                + " and source_type = 'contract' and source_id = ?", (rs, n) -> new Order(rs.getObject(1, Long.class),
                rs.getBigDecimal(2)), contractId);
    }

    record Order(Long employeeId, BigDecimal amount) {
    }
}
