package com.autosales.demo;

import com.autosales.customers.CustomerProfiles;
import com.autosales.customers.CustomerVisits;
import com.autosales.customers.ProfileBasic;
import com.autosales.customers.ProfileClassification;
import com.autosales.customers.VisitForm;
import com.autosales.customers.VisitKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A visit route of consultant1 (张伟) with five customers in order, a few visits, and one stale card. */
@Component
class DemoCustomerVisits {

    private final CustomerProfiles profiles;
    private final CustomerVisits visits;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoCustomerVisits(CustomerProfiles profiles, CustomerVisits visits, JdbcTemplate jdbc, Clock clock) {
        this.profiles = profiles;
        this.visits = visits;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(Long consultant1, Long consultant2) {
        onRoute("王芳", 1, "上海市浦东新区锦绣路 1001 弄 5 号");
        onRoute("李娜", 2, "上海市浦东新区芳甸路 300 号 2 栋");
        onRoute("张磊", 3, "上海市浦东新区花木路 588 号");
        onRoute("陈晓东", 4, "上海市浦东新区龙阳路 2277 号");
        onRoute("杨丽", 5, "上海市浦东新区白杨路 99 号");

        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        visit("王芳", consultant1, "consultant1", now.minusDays(1).withHour(10).withMinute(0), VisitKind.ON_SITE,
                "上门介绍新款 SUV", "客户对四驱版本感兴趣", "邀请到店试驾", now.toLocalDate().plusDays(3), "更正了小区门牌号");
        visit("李娜", consultant1, "consultant1", now.minusDays(1).withHour(14).withMinute(30), VisitKind.PHONE,
                "确认贷款材料", "材料已齐全", "提交分期审批", null, null);
        visit("王芳", consultant1, "consultant1", now.minusHours(2), VisitKind.PHONE,
                "确认试驾时间", "约定周六上午试驾", null, null, null);
        visit("张磊", consultant1, "consultant1", now.minusHours(1), VisitKind.SHOWROOM,
                "展厅看车", "对比两款轿车的配置", "发送报价单", null, null);
        visit("上海浦东新区交通运输公司", consultant2, "consultant2", now.minusHours(3), VisitKind.ON_SITE,
                "拜访车队经理", "年度更新招标下月开始", "准备投标资料", now.toLocalDate().plusDays(10), null);

        // a card nobody has touched for a long time, so the stale flag has something to show
        Timestamp longAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(123)));
        jdbc.update("update customer set updated_at = ?, created_at = ? where name = ?", longAgo, longAgo, "吴刚");
    }

    private void onRoute(String name, int order, String address) {
        Long id = idOf(name);
        profiles.recordFor(id, new ProfileBasic(address, null, null, null, null, null, null, null, null, null),
                new ProfileClassification(null, null, null, null, "浦东", "PD-02", order));
    }

    private void visit(String name, Long employeeId, String username, LocalDateTime at, VisitKind kind, String purpose,
            String result, String nextStep, java.time.LocalDate nextDate, String corrections) {
        visits.recordFor(idOf(name), employeeId, username,
                new VisitForm(at, kind, purpose, result, nextStep, nextDate, corrections));
    }

    private Long idOf(String name) {
        // runs right after the demo customers are registered on an empty database, so the names are unique
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }
}
