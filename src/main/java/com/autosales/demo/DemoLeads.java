package com.autosales.demo;

import com.autosales.leads.LeadDetails;
import com.autosales.leads.LeadLevel;
import com.autosales.leads.LeadManagement;
import com.autosales.leads.LeadSource;
import com.autosales.leads.PaymentIntent;
import com.autosales.shared.Money;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Leads of consultant1 (张伟) and consultant2 (刘洋), some follow-ups overdue, one lost request waiting for the manager. */
@Component
class DemoLeads {

    private final LeadManagement leads;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoLeads(LeadManagement leads, JdbcTemplate jdbc, Clock clock) {
        this.leads = leads;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(Long store, Long consultant1, Long consultant2) {
        LocalDate today = LocalDate.now(clock);
        lead("王芳", store, consultant1, "途观L 四驱", 260_000, PaymentIntent.LOAN, LeadSource.WALK_IN, null, LeadLevel.H,
                "本田 CR-V", today.minusDays(2));
        lead("李娜", store, consultant1, "帕萨特 330TSI", 220_000, PaymentIntent.LOAN, LeadSource.ONLINE, "汽车之家",
                LeadLevel.A, null, today);
        lead("张磊", store, consultant1, "朗逸 1.5L", 120_000, PaymentIntent.CASH, LeadSource.REFERRAL, "王芳", LeadLevel.B,
                "卡罗拉", today.plusDays(5));
        lead("陈晓东", store, consultant1, "ID.4", 200_000, PaymentIntent.CASH, LeadSource.EVENT, null, LeadLevel.C, null,
                today.minusDays(5));
        lead("黄志强", store, consultant2, "途岳", 170_000, PaymentIntent.LOAN, LeadSource.PHONE, null, LeadLevel.A, null,
                today.minusDays(1));
        lead("周敏", store, consultant2, "迈腾", 230_000, PaymentIntent.CASH, LeadSource.WALK_IN, null, LeadLevel.B, "雅阁",
                today);
        Long lost = lead("浦江物流有限公司", store, consultant2, "威然 商务车 ×3", 900_000, PaymentIntent.LOAN,
                LeadSource.PHONE, null, LeadLevel.C, "别克 GL8", today.plusDays(10));
        // two earlier platform leads of the month, for the manager's first-response figures: one on time, one late
        firstResponse(lead("吴刚", store, consultant2, "ID.3", 160_000, PaymentIntent.LOAN, LeadSource.ONLINE, "懂车帝",
                LeadLevel.B, null, today.plusDays(3)), 4, 12, 30);
        firstResponse(lead("刘建华", store, consultant1, "途昂", 330_000, PaymentIntent.LOAN, LeadSource.ONLINE, "易车",
                LeadLevel.A, "汉兰达", today.plusDays(1)), 2, 55, 30);
        // a lost request waiting for the sales manager (the demo has no signed-in consultant to ask for it)
        jdbc.update("update sales_lead set status = 'LOST_PENDING', lost_note = ?, lost_reason_id ="
                + " (select id from lead_lost_reason where code = 'COMPETITOR') where id = ?", "客户已签约别克 GL8", lost);
    }

    /** Backdates a platform lead to {@code daysAgo} and records its first contact after {@code minutes}. */
    private void firstResponse(Long leadId, int daysAgo, int minutes, int limitMinutes) {
        Instant start = clock.instant().minus(Duration.ofDays(daysAgo));
        jdbc.update("update sales_lead set created_at = ?, response_started_at = ?, first_contact_due_at = ?,"
                + " reassign_offer_at = ?, first_contact_at = ?, first_response_minutes = ?,"
                + " response_escalated_at = ? where id = ?", ts(start), ts(start), ts(start.plusSeconds(limitMinutes * 60L)),
                ts(start.plusSeconds(limitMinutes * 120L)), ts(start.plusSeconds(minutes * 60L)), minutes,
                minutes > limitMinutes ? ts(start.plusSeconds(limitMinutes * 60L)) : null, leadId);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private Long lead(String customer, Long store, Long owner, String models, long budget, PaymentIntent payment,
            LeadSource source, String sourceDetail, LeadLevel level, String competitors, LocalDate due) {
        Long customerId = jdbc.queryForObject("select id from customer where name = ?", Long.class, customer);
        // the online lead from 汽车之家 has just arrived and waits for its first contact; the others were spoken to
        Long id = leads.createWithoutUser(customerId, customer, store, owner, new LeadDetails(models, Money.of(budget),
                payment, false, null, competitors, source, sourceDetail, level), source != LeadSource.ONLINE);
        jdbc.update("update lead_follow_up set due_date = ? where lead_id = ?", Date.valueOf(due), id);
        return id;
    }
}
