package com.autosales.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NotificationsIT {

    private static final List<String> robotReceived = new CopyOnWriteArrayList<>();
    private static HttpServer robot;

    @Autowired Notifications notifications;
    @Autowired DeliveryDispatcher dispatcher;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startGroupRobot() throws Exception {
        robot = HttpServer.create(new InetSocketAddress("localhost", 18089), 0);
        robot.createContext("/robot", exchange -> {
            robotReceived.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        robot.start();
    }

    @AfterAll
    static void stopGroupRobot() {
        robot.stop(0);
    }

    private Long latestFor(String user) {
        return jdbc.queryForObject("select max(id) from notification where recipient = ?", Long.class, user);
    }

    @Test
    void aNoticeAppearsInTheRecipientsInboxInTheirLanguage() throws Exception {
        notifications.send(Notice.to("consultant2", "test", "notice.welcome", "/customers", "刘洋"));
        mvc.perform(get("/notifications").with(logins.as("consultant2")))
                .andExpect(content().string(containsString("欢迎使用 AutoSales，刘洋")));
        mvc.perform(get("/notifications").with(logins.as("consultant2")).cookie(new jakarta.servlet.http.Cookie("AUTOSALES_LANG", "en")))
                .andExpect(content().string(containsString("Welcome to AutoSales, 刘洋")));
    }

    @Test
    void theBellCountsUnreadAndOpeningMarksReadAndLeadsToTheRecord() throws Exception {
        notifications.send(Notice.to("clerk", "test", "notice.welcome", "/customers", "陈静"));
        mvc.perform(get("/notifications/badge").param("count", "true").with(logins.as("clerk")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*>[1-9][0-9]*<.*")));
        Long id = latestFor("clerk");
        mvc.perform(get("/notifications/" + id + "/open").with(logins.as("clerk"))).andExpect(redirectedUrl("/customers"));
        assertThat(jdbc.queryForObject("select read_at from notification where id = ?", java.sql.Timestamp.class, id)).isNotNull();
    }

    @Test
    void nobodyOpensSomeoneElsesNotification() throws Exception {
        notifications.send(Notice.to("finance", "test", "notice.welcome", "/", "赵敏"));
        mvc.perform(get("/notifications/" + latestFor("finance") + "/open").with(logins.as("consultant1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSameReminderIsNotSentTwice() {
        Notice reminder = Notice.to("service", "test", "notice.welcome", "/", "x").onceFor("reminder-42");
        notifications.send(reminder);
        notifications.send(reminder);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'service' and dedup_key = 'reminder-42'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void theGroupRobotGetsEachNoticeExactlyOnceEvenWithTwoDispatchersRacing() throws Exception {
        // Other tests share the outbox: send their backlog first, so this notice falls in the dispatchers' batch.
        while (dispatcher.dispatchDue() > 0) {
            // keep draining
        }
        String marker = UUID.randomUUID().toString();
        notifications.send(Notice.to("gm", "test", "notice.welcome", "/customers", marker));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(dispatcher::dispatchDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(dispatcher::dispatchDue);
        first.join();
        second.join();
        assertThat(robotReceived.stream().filter(body -> body.contains(marker)).toList())
                .hasSize(1)
                .allSatisfy(body -> assertThat(body).contains("\"msgtype\":\"text\"").contains("http://localhost:8080/customers"));
        assertThat(jdbc.queryForObject("select d.status from notification_delivery d join notification n on n.id = d.notification_id "
                + "where n.message_args like ?", String.class, "%" + marker + "%")).isEqualTo("SENT");
    }
}
