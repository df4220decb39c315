package com.autosales.delivery;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import com.autosales.shared.web.DashboardPanel.Figure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Dashboard panel: today's handovers (appointed or done today), each linking to its delivery, for the clerk. */
@Configuration(proxyBeanMethods = false)
class DeliveryDashboard {

    private static final int SHOWN = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Bean
    DashboardPanel.Source deliveriesTodayPanel(NamedParameterJdbcTemplate sql, CurrentUsers users, Clock clock) {
        return DashboardPanel.Source.of("sales:view", Audience.CLERK, () -> {
            LocalDate today = LocalDate.now(clock);
            Map<String, Object> params = new HashMap<>();
            params.put("from", today.atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
            params.put("to", today.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
            String where = users.scope().andWithin("store_id", "owner_employee_id", params);
            List<Figure> rows = new ArrayList<>();
            long[] counts = new long[2];
            sql.query("select id, customer_name, status, coalesce(delivered_at, appointment_at) as at from delivery"
                    + " where status <> 'CANCELLED' and ((delivered_at >= :from and delivered_at < :to)"
                    + " or (status = 'PREPARING' and appointment_at >= :from and appointment_at < :to))" + where
                    + " order by at, id", params, rs -> {
                        boolean done = DeliveryStatus.valueOf(rs.getString("status")) == DeliveryStatus.DELIVERED;
                        counts[done ? 1 : 0]++;
                        if (rows.size() < SHOWN) {
                            String time = rs.getObject("at", java.time.OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                                    .format(TIME);
                            rows.add(Figure.named(rs.getString("customer_name"), time + (done ? " ✓" : ""),
                                    "/deliveries/" + rs.getLong("id")));
                        }
                    });
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.of("dashboard.deliveries-today.appointed", counts[0], "/deliveries?status=PREPARING"));
            figures.add(Figure.of("dashboard.deliveries-today.delivered", counts[1], "/deliveries?status=DELIVERED"));
            figures.addAll(rows);
            return new DashboardPanel(72, "dashboard.deliveries-today", "key", "/deliveries", figures, null);
        });
    }
}
