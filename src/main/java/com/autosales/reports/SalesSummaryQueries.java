package com.autosales.reports;

import com.autosales.access.RecordScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily pack's reads, always within the reader's scope: the funnel's visits, leads and completed drives, the
 * performance facts' orders, deliveries and collections (each by consultant and day), and a day's appointments.
 */
@Component
class SalesSummaryQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SalesSummaryQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One consultant's activity on one day ({@code employeeId} null for facts nobody owns). */
    record Entry(Long employeeId, LocalDate day, SalesActivity activity) {
    }

    /** A booking for the day: test drive, delivery handover or lead follow-up due ({@code at} null: any time). */
    record Appointment(String kindKey, LocalDateTime at, String customer, Long employeeId, String link) {
    }

    /**
     * Everything that happened in the days {@code [from, to)}, counted in the database per consultant and day: the
     * day of a funnel entry is the dealership's day it falls in, numbered by the day starts in between.
     */
    List<Entry> entries(RecordScope scope, LocalDate from, LocalDate to) {
        List<Entry> entries = new ArrayList<>();
        MapSqlParameterSource funnel = new MapSqlParameterSource("start", utc(from)).addValue("end", utc(to));
        int days = (int) ChronoUnit.DAYS.between(from, to);
        for (int k = 0; k < days - 1; k++) {
            funnel.addValue("day" + k, utc(from.plusDays(k + 1)));
        }
        String dayIndex = dayIndex(0, days - 1);
        jdbc.query("select x.stage, x.consultant_employee_id, x.day_index, count(*) from (select e.stage,"
                + " e.consultant_employee_id, " + dayIndex + " as day_index from funnel_entry e"
                + " where e.stage in ('VISIT', 'LEAD', 'TEST_DRIVE') and e.occurred_at >= :start and e.occurred_at < :end"
                + " and " + ScopeSql.where(scope, "e.store_id", "e.consultant_employee_id", funnel) + ") x"
                + " group by x.stage, x.consultant_employee_id, x.day_index", funnel,
                (ResultSet rs) -> {
                    String stage = rs.getString(1);
                    long n = rs.getLong(4);
                    entries.add(new Entry(rs.getLong(2), from.plusDays(rs.getInt(3)), new SalesActivity(
                            "VISIT".equals(stage) ? n : 0, "LEAD".equals(stage) ? n : 0, "TEST_DRIVE".equals(stage) ? n : 0,
                            0, 0, BigDecimal.ZERO)));
                });
        MapSqlParameterSource facts = new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
        jdbc.query("select f.employee_id, f.occurred_on, f.metric, sum(f.quantity), sum(f.amount) from performance_fact f"
                + " where f.metric in ('ORDERS', 'DELIVERIES', 'COLLECTIONS') and f.occurred_on >= :from and f.occurred_on < :to"
                + " and " + ScopeSql.where(scope, "f.store_id", "f.employee_id", facts)
                + " group by f.employee_id, f.occurred_on, f.metric", facts, (ResultSet rs) -> {
                    String metric = rs.getString(3);
                    long quantity = rs.getBigDecimal(4).longValue();
                    entries.add(new Entry(rs.getObject(1, Long.class), rs.getDate(2).toLocalDate(), new SalesActivity(0, 0, 0,
                            "ORDERS".equals(metric) ? quantity : 0, "DELIVERIES".equals(metric) ? quantity : 0,
                            "COLLECTIONS".equals(metric) ? rs.getBigDecimal(5) : BigDecimal.ZERO)));
                });
        return entries;
    }

    /** The day's booked test drives, delivery appointments still to hand over, and open follow-ups due that day. */
    List<Appointment> appointments(RecordScope scope, LocalDate day) {
        List<Appointment> result = new ArrayList<>();
        MapSqlParameterSource drives = new MapSqlParameterSource("day", Date.valueOf(day));
        jdbc.query("select t.id, t.starts_at, c.name, t.consultant_employee_id from testdrive t"
                + " join customer c on c.id = t.customer_id where t.drive_day = :day and t.status = 'BOOKED' and "
                + ScopeSql.where(scope, "t.store_id", "t.consultant_employee_id", drives), drives, (ResultSet rs) -> {
                    result.add(new Appointment("reports.summary.appointment.TEST_DRIVE",
                            rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getLong(4), "/test-drives/" + rs.getLong(1)));
                });
        MapSqlParameterSource handovers = new MapSqlParameterSource("start", utc(day)).addValue("end", utc(day.plusDays(1)));
        jdbc.query("select d.id, d.appointment_at, d.customer_name, d.owner_employee_id from delivery d"
                + " where d.status = 'PREPARING' and d.appointment_at >= :start and d.appointment_at < :end and "
                + ScopeSql.where(scope, "d.store_id", "d.owner_employee_id", handovers), handovers, (ResultSet rs) -> {
                    result.add(new Appointment("reports.summary.appointment.DELIVERY", rs.getObject(2, OffsetDateTime.class)
                            .atZoneSameInstant(clock.getZone()).toLocalDateTime(), rs.getString(3), rs.getLong(4),
                            "/deliveries/" + rs.getLong(1)));
                });
        MapSqlParameterSource followUps = new MapSqlParameterSource("day", Date.valueOf(day));
        jdbc.query("select f.lead_id, l.customer_name, f.owner_employee_id from lead_follow_up f"
                + " join sales_lead l on l.id = f.lead_id where f.due_date = :day and f.state = 'OPEN' and "
                + ScopeSql.where(scope, "f.store_id", "f.owner_employee_id", followUps), followUps, (ResultSet rs) -> {
                    result.add(new Appointment("reports.summary.appointment.FOLLOW_UP", null, rs.getString(2), rs.getLong(3),
                            "/leads/" + rs.getLong(1)));
                });
        return result;
    }

    /**
     * The number of the day (0 the first) an entry falls in among days {@code lo..hi}, as a balanced tree of
     * comparisons with the day starts {@code :dayK} (the start of day K + 1): five comparisons for a month.
     */
    private static String dayIndex(int lo, int hi) {
        if (lo >= hi) {
            return String.valueOf(lo);
        }
        int mid = (lo + hi) / 2;
        return "case when e.occurred_at < :day" + mid + " then " + dayIndex(lo, mid) + " else " + dayIndex(mid + 1, hi) + " end";
    }

    /** The start of a day in the dealership's zone, as the funnel's timestamps are compared. */
    private OffsetDateTime utc(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant().atOffset(ZoneOffset.UTC);
    }
}
