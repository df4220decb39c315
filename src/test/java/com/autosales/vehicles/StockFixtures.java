package com.autosales.vehicles;

import com.autosales.shared.Vin;
import com.autosales.support.TestVins;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Named fixtures for the stock tests: fresh valid VINs, the demo store, a demo trim with its colours. */
final class StockFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500_000));

    private final JdbcTemplate jdbc;

    StockFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A VIN no other test uses: test manufacturer code, its check digit computed. */
    static Vin freshVin() {
        return TestVins.fresh();
    }

    static String engineNo() {
        return "TST" + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
    }

    /** 上海浦东4S店, where the clerk and the consultants work. */
    Long pudongStore() {
        return jdbc.queryForObject("select store_id from app_user where username = 'clerk'", Long.class);
    }

    /** 途观L 两驱智享版: 珍珠白 … / 黑色, 棕色. */
    Long tiguanTrim() {
        return jdbc.queryForObject("select id from vehicle_trim where name = '两驱智享版'", Long.class);
    }

    String statusOf(Long vehicleId) {
        return jdbc.queryForObject("select status from stock_vehicle where id = ?", String.class, vehicleId);
    }

    int movementsOf(Long vehicleId) {
        return jdbc.queryForObject("select count(*) from stock_movement where vehicle_id = ?", Integer.class, vehicleId);
    }

    Long idOf(Vin vin) {
        return jdbc.queryForObject("select id from stock_vehicle where vin = ?", Long.class, vin.value());
    }
}
