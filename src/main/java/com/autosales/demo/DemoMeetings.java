package com.autosales.demo;

import com.autosales.meetings.MeetingFilter;
import com.autosales.meetings.MeetingKind;
import com.autosales.meetings.MeetingManagement;
import com.autosales.meetings.NewAction;
import com.autosales.meetings.NewMeeting;
import com.autosales.meetings.StoreEmployee;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 李明's daily meeting of yesterday in the Pudong store: the sales department attended, the minutes are written and
 * two action items were given, one of them to 张伟. Skipped once the store has any meeting.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "autosales.demo.enabled", havingValue = "true")
class DemoMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private final MeetingManagement meetings;
    private final UserDetailsService users;
    private final Clock clock;

    DemoMeetings(MeetingManagement meetings, UserDetailsService users, Clock clock) {
        this.meetings = meetings;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoSignIn.as(users, "salesmanager", () -> {
            if (meetings.list(MeetingFilter.none(), 0).getTotalElements() > 0) {
                return;
            }
            List<StoreEmployee> sales = meetings.invitees().stream().filter(StoreEmployee::salesDepartment).toList();
            Long zhangWei = idOf(sales, "张伟");
            Long chenJing = idOf(sales, "陈静");
            if (zhangWei == null || chenJing == null) {
                return;
            }
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            Long id = meetings.create(new NewMeeting(MeetingKind.DAILY, yesterday, "每日例会 " + yesterday, null,
                    sales.stream().map(StoreEmployee::id).toList()));
            meetings.writeMinutes(id, meetings.get(id).version(), """
                    1. 昨日数据见经营数据包：到店和试驾正常，订单偏少。
                    2. 周末车展邀约进度偏慢，每位顾问今天再邀约 3 位意向客户。
                    3. 王芳的车已配好，注意交车前的 PDI 检查。""");
            meetings.addAction(id, new NewAction("回访上周试驾未成交的 5 位客户并更新意向等级", zhangWei, yesterday.plusDays(2)));
            meetings.addAction(id, new NewAction("整理本周车展邀约名单并发给销售经理", chenJing, yesterday.plusDays(3)));
            log.info("Demo daily meeting of {} recorded", yesterday);
        });
    }

    private static Long idOf(List<StoreEmployee> people, String name) {
        return people.stream().filter(e -> e.name().equals(name)).map(StoreEmployee::id).findFirst().orElse(null);
    }
}
