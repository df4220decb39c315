package com.autosales.vehicles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures a factory order's suggestion rests on, per trim and colours of one store: vehicles sold in the window (a
 * move to sold recorded by the store), unreserved vehicles in stock, and vehicles ordered or in transit.
 */
@Component
class FactoryOrderPlanner {

    private final NamedParameterJdbcTemplate sql;
    private final Trims trims;
    private final Clock clock;

    FactoryOrderPlanner(NamedParameterJdbcTemplate sql, Trims trims, Clock clock) {
        this.sql = sql;
        this.trims = trims;
        this.clock = clock;
    }

    /** Every combination of an active trim the store sold in the window, holds in stock or has on order. */
    List<OrderBasis> bases(Long storeId, SalesWindow window) {
        Map<Combination, int[]> figures = new LinkedHashMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("store", storeId)
                .addValue("from", startOf(window.from())).addValue("to", startOf(window.to().plusDays(1)));
        sql.query("select v.trim_id, v.exterior_colour, v.interior_colour, count(*) from stock_movement m"
                + " join stock_vehicle v on v.id = m.vehicle_id"
                + " where m.store_id = :store and m.to_status = 'SOLD' and m.moved_at >= :from and m.moved_at < :to"
                + " group by v.trim_id, v.exterior_colour, v.interior_colour", params,
                rs -> { figuresOf(figures, rs.getLong(1), rs.getString(2), rs.getString(3))[0] = rs.getInt(4); });
        sql.query("select trim_id, exterior_colour, interior_colour,"
                + " sum(case when status = 'IN_STOCK' then 1 else 0 end),"
                + " sum(case when status in ('ORDERED', 'IN_TRANSIT') then 1 else 0 end)"
                + " from stock_vehicle where store_id = :store and status in ('IN_STOCK', 'ORDERED', 'IN_TRANSIT')"
                + " group by trim_id, exterior_colour, interior_colour", params, rs -> {
                    int[] f = figuresOf(figures, rs.getLong(1), rs.getString(2), rs.getString(3));
                    f[1] = rs.getInt(4);
                    f[2] = rs.getInt(5);
                });
        Set<Long> active = trims.findAllById(figures.keySet().stream().map(Combination::trimId).toList()).stream()
                .filter(Trim::active).map(Trim::id).collect(Collectors.toSet());
        List<OrderBasis> bases = new ArrayList<>();
        figures.forEach((c, f) -> {
            if (active.contains(c.trimId())) {
                bases.add(OrderBasis.of(c.trimId(), c.exterior(), c.interior(), f[0], f[1], f[2]));
            }
        });
        bases.sort(Comparator.comparing(OrderBasis::trimId).thenComparing(OrderBasis::exteriorColour)
                .thenComparing(OrderBasis::interiorColour));
        return bases;
    }

    /** The figures of one combination, also when nothing of it was sold or stands in stock. */
    OrderBasis basis(Long storeId, SalesWindow window, Long trimId, String exterior, String interior) {
        return bases(storeId, window).stream()
                .filter(b -> b.trimId().equals(trimId) && b.exteriorColour().equals(exterior) && b.interiorColour().equals(interior))
                .findFirst().orElse(OrderBasis.of(trimId, exterior, interior, 0, 0, 0));
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private static int[] figuresOf(Map<Combination, int[]> figures, long trimId, String exterior, String interior) {
        return figures.computeIfAbsent(new Combination(trimId, exterior, interior), c -> new int[3]);
    }

    private record Combination(Long trimId, String exterior, String interior) {
    }
}
