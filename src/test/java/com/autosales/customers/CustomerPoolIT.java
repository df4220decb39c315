package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.access.AccessSetup;
import com.autosales.org.OrgSetup;
import com.autosales.org.StoreType;
import com.autosales.org.UnitKind;
import com.autosales.shared.DomainException;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pool in a store of its own (so its limits and reclaims touch no demo data): limits 3 owned, 2 claims a
 * day, 30 days cooldown; grade B returns after 15 days without follow-up, reminder 3 days before.
 */
@IntegrationTest
class CustomerPoolIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static Long store;
    private static Long team;
    private static String manager;

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup orgSetup;
    @Autowired AccessSetup accessSetup;
    @Autowired CustomerManagement customers;
    @Autowired CustomerPool pool;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    private static String unique() {
        return System.nanoTime() % 1_000_000 + "" + SEQ.incrementAndGet();
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000L);
    }

    @BeforeEach
    void storeOfItsOwn() {
        if (store != null) {
            return;
        }
        Long group = jdbc.queryForObject("select parent_id from org_unit where code = 'SH-PD-4S'", Long.class);
        String suffix = unique();
        store = orgSetup.createStore(group, StoreType.DEALERSHIP, "POOL-" + suffix, "公海测试店" + suffix, "Pool test store " + suffix);
        team = orgSetup.createUnit(store, UnitKind.TEAM, "POOL-T-" + suffix, "公海测试组", "Pool test team", null, 5);
        manager = user("gm");
        jdbc.update("insert into customer_pool_settings (store_id, max_owned, max_claims_per_day, cooldown_days, version) values (?, 3, 2, 30, 1)", store);
        jdbc.update("insert into customer_pool_rule (store_id, grade, days_without_contact, days_without_deal, reminder_days) values (?, 'B', 15, 90, 3)", store);
    }

    /** A new employee of the test store with a login of this role; returns the username. */
    private String user(String role) {
        String suffix = unique();
        Long employee = orgSetup.hire("PT" + suffix, "顾问" + suffix, null, "sales-consultant", team, null, LocalDate.of(2025, 1, 1));
        String username = "pool" + role + suffix;
        accessSetup.createUser(new AccessSetup.NewUser(username, Logins.DEMO_PASSWORD, "顾问" + suffix, null, employee, store,
                List.of(role)));
        return username;
    }

    private Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    /** A grade B customer of the test store owned by this user, registered {@code daysAgo} days ago, never followed up. */
    private Long customerOf(String username, int daysAgo) {
        Long id = customers.registerFor(store, employeeOf(username), new CustomerDetails(CustomerKind.INDIVIDUAL,
                "公海客户" + unique(), uniquePhone(), Lifecycle.POTENTIAL, Grade.B));
        jdbc.update("update customer set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS)), id);
        return id;
    }

    /** A customer released into the test store's pool by its owner. */
    private Long poolCustomer() throws Exception {
        String owner = user("consultant");
        Long id = customerOf(owner, 1);
        mvc.perform(post("/customers/" + id + "/release").with(csrf()).with(logins.as(owner)).param("reason", "客户暂无购车计划"))
                .andExpect(redirectedUrl("/customers/pool"));
        return id;
    }

    private Long owner(Long id) {
        return jdbc.queryForObject("select owner_employee_id from customer where id = ?", Long.class, id);
    }

    private int audits(Long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'customer' and entity_id = ? and action = ?",
                Integer.class, String.valueOf(id), action);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(logins.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theDailyRunReturnsAStaleCustomerToThePoolWithItsRuleAndLeavesOneWithOpenBusiness() throws Exception {
        String consultant = user("consultant");
        Long stale = customerOf(consultant, 20);
        Long busy = customerOf(consultant, 20);
        PoolTestOpenBusiness.markOpen(busy);
        assertThat(page("/customers/" + busy, consultant)).contains("受保护：有未结业务（有未结业务）");

        PoolRunResult run = pool.reclaimDue(LocalDate.now(clock));

        assertThat(run.reclaimed()).isGreaterThanOrEqualTo(1);
        assertThat(owner(stale)).isNull();
        assertThat(owner(busy)).isEqualTo(employeeOf(consultant));
        assertThat(jdbc.queryForMap("select reason, rule_kind, rule_days, rule_grade from customer_pool_member where customer_id = ?", stale))
                .containsEntry("reason", "RECLAIMED").containsEntry("rule_kind", "NO_CONTACT").containsEntry("rule_days", 15)
                .containsEntry("rule_grade", "B");
        assertThat(jdbc.queryForObject("select summary from audit_entry where entity_type = 'customer' and entity_id = ? and action = 'POOL_RECLAIM'",
                String.class, String.valueOf(stale))).isEqualTo("15天未跟进，B级客户规则");
        assertThat(jdbc.queryForObject("select count(*) from customer_pool_move where customer_id = ? and kind = 'RECLAIM' and employee_id = ?",
                Integer.class, stale, employeeOf(consultant))).isEqualTo(1);

        String card = page("/customers/" + stale, manager);
        assertThat(card).contains("在门店公海", "回归原因：15天未跟进，B级客户规则", "回归公海");
        mvc.perform(get("/customers/" + stale).with(logins.as(consultant))).andExpect(status().isNotFound());
        assertThat(page("/customers/pool", consultant)).contains("pool-row-" + stale, "15天未跟进，B级客户规则");
        assertThat(page("/customers/pool", consultant)).doesNotContain("pool-row-" + busy);
    }

    @Test
    void theOwnerIsRemindedOnceBeforeTheCustomerReturns() {
        String consultant = user("consultant");
        Long id = customerOf(consultant, 13);
        LocalDate today = LocalDate.now(clock);
        pool.reclaimDue(today);
        pool.reclaimDue(today);
        assertThat(owner(id)).isEqualTo(employeeOf(consultant));
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and message_code = 'customer.pool.notice.reminder' and link = ?",
                Integer.class, consultant, "/customers/" + id)).isEqualTo(1);
    }

    @Test
    void theCardSaysWhenAndWhyTheCustomerReturnsInTheReadersLanguage() throws Exception {
        String consultant = user("consultant");
        Long id = customerOf(consultant, 5);
        LocalDate created = Instant.now().minus(5, ChronoUnit.DAYS).atZone(clock.getZone()).toLocalDate();
        String due = created.plusDays(15).toString();
        assertThat(page("/customers/" + id, consultant)).contains("将于" + due + "回归公海：15天未跟进，B级客户规则");
        String en = mvc.perform(get("/customers/" + id).with(logins.as(consultant)).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Returns to the pool on " + due + ": no follow-up for 15 days, rule for grade B");
        mvc.perform(get("/api/v1/customers/" + id + "/pool-status").header("Authorization", "Bearer " + api.tokenFor(consultant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forecast.dueDate").value(due))
                .andExpect(jsonPath("$.forecast.kind").value("NO_CONTACT"))
                .andExpect(jsonPath("$.forecast.grade").value("B"));
    }

    @Test
    void aConsultantClaimsAPoolCustomerWhichThenShowsInHisListAndHistory() throws Exception {
        Long id = poolCustomer();
        String consultant = user("consultant");
        String poolPage = page("/customers/pool", consultant);
        assertThat(poolPage).contains("pool-row-" + id, "释放：客户暂无购车计划");
        String phone = jdbc.queryForObject("select phone from customer where id = ?", String.class, id);
        assertThat(poolPage).doesNotContain(phone);

        mvc.perform(post("/customers/pool/" + id + "/claim").with(csrf()).with(logins.as(consultant)))
                .andExpect(redirectedUrl("/customers/" + id));

        assertThat(owner(id)).isEqualTo(employeeOf(consultant));
        assertThat(audits(id, "POOL_RELEASE")).isEqualTo(1);
        assertThat(audits(id, "POOL_CLAIM")).isEqualTo(1);
        assertThat(page("/customers/" + id, consultant)).contains("释放到公海", "从公海领取", "客户暂无购车计划", "将于");
        assertThat(page("/customers/pool", consultant)).doesNotContain("pool-row-" + id);
    }

    @Test
    void claimsBeyondTheDailyLimitAreRefusedWithAClearMessage() throws Exception {
        String consultant = user("consultant");
        Long first = poolCustomer();
        Long second = poolCustomer();
        Long third = poolCustomer();
        String token = api.tokenFor(consultant);
        for (Long id : List.of(first, second)) {
            mvc.perform(post("/api/v1/customers/" + id + "/claim").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        }
        mvc.perform(post("/api/v1/customers/" + third + "/claim").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("customer.pool-cap-claims"));
        String refused = mvc.perform(post("/customers/pool/" + third + "/claim").with(csrf()).with(logins.as(consultant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("您今天已领取2个客户，达到每日上限");
        assertThat(owner(third)).isNull();
    }

    @Test
    void aConsultantAtTheOwnedLimitCannotClaim() throws Exception {
        String consultant = user("consultant");
        customerOf(consultant, 1);
        customerOf(consultant, 1);
        customerOf(consultant, 1);
        Long id = poolCustomer();
        mvc.perform(post("/customers/pool/" + id + "/claim").with(csrf()).with(logins.as(consultant)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("您负责的客户已达上限（3个）")));
        assertThat(owner(id)).isNull();
        mvc.perform(post("/api/v1/customers/" + id + "/claim").header("Authorization", "Bearer " + api.tokenFor(consultant)))
                .andExpect(jsonPath("$.code").value("customer.pool-cap-owned"));
    }

    @Test
    void aConsultantCannotReclaimACustomerHeReleasedWithinTheCooldown() throws Exception {
        String consultant = user("consultant");
        Long id = customerOf(consultant, 1);
        mvc.perform(post("/api/v1/customers/" + id + "/release").header("Authorization", "Bearer " + api.tokenFor(consultant))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"忙不过来\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("RELEASED"));
        mvc.perform(post("/api/v1/customers/" + id + "/claim").header("Authorization", "Bearer " + api.tokenFor(consultant)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("customer.pool-cooldown"));
        assertThat(owner(id)).isNull();
        String other = user("consultant");
        mvc.perform(post("/api/v1/customers/" + id + "/claim").header("Authorization", "Bearer " + api.tokenFor(other)))
                .andExpect(status().isOk());
        assertThat(owner(id)).isEqualTo(employeeOf(other));
    }

    @Test
    void aReleaseNeedsAReasonAndOnlyTheOwnerOrAManagerMayRelease() throws Exception {
        String consultant = user("consultant");
        Long id = customerOf(consultant, 1);
        mvc.perform(post("/api/v1/customers/" + id + "/release").header("Authorization", "Bearer " + api.tokenFor(consultant))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/customers/" + id + "/release").header("Authorization", "Bearer " + api.tokenFor(user("consultant")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"想要\"}"))
                .andExpect(status().isNotFound());
        assertThat(owner(id)).isEqualTo(employeeOf(consultant));
    }

    @Test
    void twoConsultantsClaimingTheSameCustomerAtOnceGiveItToExactlyOne() throws Exception {
        Long id = poolCustomer();
        List<String> claimants = List.of(user("consultant"), user("consultant"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String username : claimants) {
                UserDetails details = users.loadUserByUsername(username);
                Callable<String> claim = () -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
                    try {
                        start.await();
                        pool.claim(id);
                        return "won";
                    } catch (DomainException e) {
                        return e.code();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(threads.submit(claim));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("won", "customer.pool-already-claimed");
        } finally {
            threads.shutdownNow();
        }
        assertThat(owner(id)).isIn(employeeOf(claimants.get(0)), employeeOf(claimants.get(1)));
        assertThat(audits(id, "POOL_CLAIM")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from customer_pool_member where customer_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aConsultantOfAnotherStoreNeitherSeesNorClaimsThePoolCustomer() throws Exception {
        Long id = poolCustomer();
        assertThat(page("/customers/pool", "director")).doesNotContain("pool-row-" + id);
        assertThat(page("/customers/pool", "consultant1")).doesNotContain("pool-row-" + id);
        mvc.perform(post("/customers/pool/" + id + "/claim").with(csrf()).with(logins.as("consultant1")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/" + id + "/claim").header("Authorization", "Bearer " + api.tokenFor("director")))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/customers/pool").header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("\"customerId\":" + id + ",");
        assertThat(owner(id)).isNull();
    }

    @Test
    void aManagerAssignsAPoolCustomerToAConsultantOfTheStore() throws Exception {
        Long id = poolCustomer();
        String consultant = user("consultant");
        assertThat(page("/customers/pool/" + id + "/assign", manager)).contains("assign-form");
        mvc.perform(post("/customers/pool/" + id + "/assign").with(csrf()).with(logins.as(manager))
                        .param("employeeId", String.valueOf(employeeOf(consultant))))
                .andExpect(redirectedUrl("/customers/pool"));
        assertThat(owner(id)).isEqualTo(employeeOf(consultant));
        assertThat(audits(id, "POOL_ASSIGN")).isEqualTo(1);
        mvc.perform(post("/customers/pool/" + id + "/claim").with(csrf()).with(logins.as(user("consultant"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("该客户刚被其他人领取")));
        assertThat(owner(id)).isEqualTo(employeeOf(consultant));
    }

    @Test
    void theSettingsPageRefusesBadNumbersAndSavesGoodOnes() throws Exception {
        String page = page("/customers/pool/settings", manager);
        assertThat(page).contains("公海规则", "B级客户规则", "value=\"15\"");
        mvc.perform(post("/customers/pool/settings").with(csrf()).with(logins.as(manager))
                        .param("version", "1").param("maxOwned", "0").param("maxClaimsPerDay", "2").param("cooldownDays", "30")
                        .param("rules[0].grade", "B").param("rules[0].daysWithoutContact", "15")
                        .param("rules[0].daysWithoutDeal", "90").param("rules[0].reminderDays", "20"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("is-invalid")));
        mvc.perform(post("/customers/pool/settings").with(csrf()).with(logins.as(manager))
                        .param("version", "1").param("maxOwned", "3").param("maxClaimsPerDay", "2").param("cooldownDays", "30")
                        .param("rules[0].grade", "B").param("rules[0].daysWithoutContact", "15")
                        .param("rules[0].daysWithoutDeal", "90").param("rules[0].reminderDays", "20"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("提醒天数须小于回收天数")));
        assertThat(jdbc.queryForObject("select version from customer_pool_settings where store_id = ?", Long.class, store)).isEqualTo(1);
        mvc.perform(post("/customers/pool/settings").with(csrf()).with(logins.as(manager))
                        .param("version", "1").param("maxOwned", "3").param("maxClaimsPerDay", "2").param("cooldownDays", "30")
                        .param("rules[0].grade", "B").param("rules[0].daysWithoutContact", "15")
                        .param("rules[0].daysWithoutDeal", "90").param("rules[0].reminderDays", "3"))
                .andExpect(redirectedUrl("/customers/pool/settings"));
        assertThat(jdbc.queryForObject("select version from customer_pool_settings where store_id = ?", Long.class, store)).isEqualTo(2);
        jdbc.update("update customer_pool_settings set version = 1 where store_id = ?", store);
    }
}
