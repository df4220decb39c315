package com.autosales.vehicles;

import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/** A store has one factory order a month: tests that draft one first remove what an earlier test left for that month. */
public final class FactoryOrderCleanup {

    private FactoryOrderCleanup() {
    }

    /** Removes the store's order for the month, if any, with the ordered cars its confirmation created. */
    public static YearMonth clean(JdbcTemplate jdbc, Long storeId, YearMonth month) {
        for (Long id : jdbc.queryForList("select id from factory_order where store_id = ? and order_month = ?", Long.class,
                storeId, month.atDay(1))) {
            String cars = "(select id from stock_vehicle where factory_order_id = " + id + ")";
            jdbc.update("delete from stock_reservation where vehicle_id in " + cars);
            jdbc.update("delete from stock_movement where vehicle_id in " + cars);
            jdbc.update("delete from stock_vehicle where factory_order_id = ?", id);
            jdbc.update("delete from factory_order_line where order_id = ?", id);
            jdbc.update("delete from factory_order where id = ?", id);
        }
        return month;
    }
}
