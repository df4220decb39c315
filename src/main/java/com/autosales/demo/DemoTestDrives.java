package com.autosales.demo;

import com.autosales.testdrives.PastTestDrives;
import com.autosales.testdrives.TestDriveFleet;
import com.autosales.testdrives.TestDrives;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Three demo cars, two test drives booked for today (张伟 with 王芳, 刘洋 with the fleet customer) and two done in
 * the last days with the customers' feedback.
 */
@Component
class DemoTestDrives {

    private final TestDriveFleet fleet;
    private final TestDrives drives;
    private final PastTestDrives pastDrives;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoTestDrives(TestDriveFleet fleet, TestDrives drives, PastTestDrives pastDrives, JdbcTemplate jdbc, Clock clock) {
        this.fleet = fleet;
        this.drives = drives;
        this.pastDrives = pastDrives;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(Long store, Long consultant1, Long consultant2) {
        Long suv = fleet.addCarFor(store, "途观L 330TSI 四驱", "沪A·S1001", "珍珠白");
        Long sedan = fleet.addCarFor(store, "帕萨特 380TSI", "沪A·S1002", "星空蓝");
        fleet.addCarFor(store, "ID.4 X 纯电", "沪A·D1003", "极光绿");
        LocalDate today = LocalDate.now(clock);
        drives.bookFor(store, consultant1, suv, idOf("王芳"), today, LocalTime.of(10, 0), 2);
        drives.bookFor(store, consultant2, sedan, idOf("上海浦东新区交通运输公司"), today, LocalTime.of(14, 0), 1);
        pastDrives.record(store, consultant1, suv, idOf("王芳"), today.minusDays(1), LocalTime.of(15, 0), "310115198803120021",
                5, "四驱通过性好，座椅舒适");
        pastDrives.record(store, consultant2, sedan, idOf("周敏"), today.minusDays(2), LocalTime.of(11, 0), "310104199107230042",
                4, "空间大，隔音不错");
    }

    private Long idOf(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }
}
