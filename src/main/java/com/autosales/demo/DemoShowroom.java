package com.autosales.demo;

import com.autosales.showroom.ReceptionForm;
import com.autosales.showroom.ReceptionKind;
import com.autosales.showroom.ReceptionLog;
import com.autosales.showroom.ReceptionSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** A few receptions today so the showroom board is not empty (two visitors still in, one who left, one call); no cards are registered. */
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
    }
}
