package com.autosales.showroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReceptionRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    private static ReceptionForm form(ReceptionSource source, String detail, LocalDateTime in, LocalDateTime out) {
        return new ReceptionForm(ReceptionKind.VISIT, in, out, 1, source, detail, null, null, true, "张三", null, true);
    }

    @Test
    void onlineReferralAndEventNeedTheirNameWalkInAndPhoneDoNot() {
        assertThat(ReceptionRules.violations(form(ReceptionSource.ONLINE, null, NOW, null), NOW))
                .containsEntry("sourceDetail", "showroom.source-detail-required");
        assertThat(ReceptionRules.violations(form(ReceptionSource.REFERRAL, "  ", NOW, null), NOW))
                .containsEntry("sourceDetail", "showroom.source-detail-required");
        assertThat(ReceptionRules.violations(form(ReceptionSource.EVENT, null, NOW, null), NOW)).containsKey("sourceDetail");
        assertThat(ReceptionRules.violations(form(ReceptionSource.ONLINE, "汽车之家", NOW, null), NOW)).isEmpty();
        assertThat(ReceptionRules.violations(form(ReceptionSource.WALK_IN, null, NOW, null), NOW)).isEmpty();
        assertThat(ReceptionRules.violations(form(ReceptionSource.PHONE, null, NOW, null), NOW)).isEmpty();
    }

    @Test
    void theTimeOutMayNotBeBeforeTheTimeIn() {
        assertThat(ReceptionRules.violations(form(ReceptionSource.WALK_IN, null, NOW.minusHours(1), NOW.minusHours(2)), NOW))
                .containsEntry("timeOut", "showroom.time-out-before-in");
        assertThat(ReceptionRules.violations(form(ReceptionSource.WALK_IN, null, NOW.minusHours(1), NOW.minusHours(1)), NOW))
                .isEmpty();
        assertThat(ReceptionRules.violations(form(ReceptionSource.WALK_IN, null, NOW.minusHours(1), NOW), NOW)).isEmpty();
    }

    @Test
    void anEmptyTimeInMeansNowAndATimeInLaterThanNowIsRefused() {
        assertThat(ReceptionRules.violations(form(ReceptionSource.WALK_IN, null, null, NOW.minusMinutes(5)), NOW))
                .containsEntry("timeOut", "showroom.time-out-before-in");
        assertThat(ReceptionRules.violations(form(ReceptionSource.WALK_IN, null, NOW.plusMinutes(5), null), NOW)).isEmpty();
        assertThat(ReceptionRules.violations(form(ReceptionSource.WALK_IN, null, NOW.plusHours(1), null), NOW))
                .containsEntry("timeIn", "showroom.time-in-future");
    }

    @Test
    void phonesAreMaskedByTheirDigits() {
        assertThat(ReceptionLog.mask("+86 139 1234 5678")).isEqualTo("139****5678");
        assertThat(ReceptionLog.mask("13912345678")).isEqualTo("139****5678");
    }
}
