package com.autosales.demo;

import com.autosales.showroom.ReceptionForm;
import com.autosales.showroom.ReceptionKind;
import com.autosales.showroom.ReceptionLog;
import com.autosales.showroom.ReceptionSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * A few receptions today so the showroom board is not empty (two visitors still in, one who left, one call; no cards
 * registered), and the earlier visits and calls of the demo customers over the last days, so the funnel has a top.
 */
@Component
class DemoShowroom {

    private final ReceptionLog log;
    private final Clock clock;

    DemoShowroom(ReceptionLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void create(Long store, Long consultant1, Long consultant2) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        log.logFor(store, consultant1, "consultant1", new ReceptionForm(ReceptionKind.VISIT, now.minusMinutes(25), null,
                2, ReceptionSource.WALK_IN, null, "SUV 四驱版", null, true, "周先生", "13700005501", false));
        log.logFor(store, consultant2, "consultant2", new ReceptionForm(ReceptionKind.VISIT, now.minusMinutes(10), null,
                3, ReceptionSource.ONLINE, "汽车之家", "新能源轿车", null, true, "吴女士", "13700005502", false));
        log.logFor(store, consultant1, "consultant1", new ReceptionForm(ReceptionKind.VISIT, now.minusMinutes(90),
                now.minusMinutes(40), 1, ReceptionSource.REFERRAL, "王芳", "家用轿车", null, true, "郑先生", "13700005503", false));
        log.logFor(store, consultant2, "consultant2", new ReceptionForm(ReceptionKind.CALL, now.minusMinutes(60),
                now.minusMinutes(55), 1, ReceptionSource.PHONE, null, "询问试驾", null, true, null, null, false));
        earlier(store, consultant1, "consultant1", now, 3, ReceptionSource.WALK_IN, null, "途观L 四驱", "王芳", "13912340001");
        earlier(store, consultant1, "consultant1", now, 2, ReceptionSource.ONLINE, "汽车之家", "帕萨特", "李娜", "13912340002");
        earlier(store, consultant1, "consultant1", now, 2, ReceptionSource.REFERRAL, "王芳", "朗逸", "张磊", "13912340003");
        earlier(store, consultant1, "consultant1", now, 1, ReceptionSource.EVENT, "双十二团购会", "ID.4", "陈晓东", "13912340005");
        earlier(store, consultant1, "consultant1", now, 1, ReceptionSource.WALK_IN, null, "家用 SUV", null, null);
        earlier(store, consultant2, "consultant2", now, 3, ReceptionSource.PHONE, null, "途岳", "黄志强", "13712340011");
        earlier(store, consultant2, "consultant2", now, 2, ReceptionSource.WALK_IN, null, "迈腾", "周敏", "13712340012");
        earlier(store, consultant2, "consultant2", now, 1, ReceptionSource.ONLINE, "懂车帝", "ID.3", "吴刚", "13712340013");
        earlier(store, consultant2, "consultant2", now, 1, ReceptionSource.WALK_IN, null, "随便看看", null, null);
    }

    /** A visit (or, from the phone source, a call) {@code daysAgo} days ago at 10:30, 40 minutes long. */
    private void earlier(Long store, Long consultant, String username, LocalDateTime now, int daysAgo,
            ReceptionSource source, String detail, String models, String name, String phone) {
        LocalDateTime in = now.minusDays(daysAgo).withHour(10).withMinute(30);
        ReceptionKind kind = source == ReceptionSource.PHONE ? ReceptionKind.CALL : ReceptionKind.VISIT;
        log.logFor(store, consultant, username, new ReceptionForm(kind, in, in.plusMinutes(kind == ReceptionKind.CALL ? 5 : 40),
                1, source, detail, models, null, name == null, name, phone, false));
    }
}
