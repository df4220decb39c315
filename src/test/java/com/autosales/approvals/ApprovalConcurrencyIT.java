package com.autosales.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Two people deciding the same approval at the same moment: exactly one decision counts. */
@IntegrationTest
class ApprovalConcurrencyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired Approvals approvals;
    @Autowired ApprovalDecisions decisions;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    ApprovalFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ApprovalFixtures(approvals, users, mvc, api);
    }

    /** The manager (李明) and his deputy (陈静) both have the item in their inbox while the deputy arrangement runs. */
    Long clerkStandsInForTheManager() throws Exception {
        String body = mvc.perform(post("/api/v1/approval-deputies").header("Authorization", fixtures.bearer("salesmanager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deputy\":\"clerk\",\"startsOn\":\"" + TODAY + "\",\"endsOn\":\"" + TODAY + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ApiClient.json(body).get("id").asLong();
    }

    void endDeputy(Long arrangement) throws Exception {
        mvc.perform(delete("/api/v1/approval-deputies/" + arrangement).header("Authorization", fixtures.bearer("salesmanager")))
                .andExpect(status().isNoContent());
    }

    int decisionsOn(Long id) {
        return jdbc.queryForObject("select count(*) from approval_entry where approval_id = ? and kind <> 'REQUESTED'",
                Integer.class, id);
    }

    @Test
    void twoApproversClickingAtOnceThroughTheApiCannotBothWin() throws Exception {
        Long arrangement = clerkStandsInForTheManager();
        try {
            for (int round = 0; round < 3; round++) {
                Long id = fixtures.creditLimitRequestBy("consultant2");
                long version = fixtures.version("salesmanager", id);
                int[] statuses = ConcurrentCalls.twoAtOnce(
                        () -> fixtures.decide("salesmanager", id, "APPROVE", null, version),
                        () -> fixtures.decide("clerk", id, "RETURN", "不同意", version));
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                assertThat(decisionsOn(id)).isEqualTo(1);
            }
        } finally {
            endDeputy(arrangement);
        }
    }

    @Test
    void aDecisionBasedOnTheSameVersionAsOneNotYetCommittedIsRefusedWhenItCommits() throws Exception {
        Long arrangement = clerkStandsInForTheManager();
        try {
            Long id = fixtures.creditLimitRequestBy("consultant1");
            long version = fixtures.version("salesmanager", id);
            CountDownLatch firstDecided = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> as("salesmanager", () ->
                    transactions.executeWithoutResult(tx -> {
                        decisions.decide(id, Decision.APPROVE, null, version);
                        firstDecided.countDown();
                        await(secondStarted);
                        pause();
                    })));
            await(firstDecided);
            CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> as("clerk", () -> {
                secondStarted.countDown();
                try {
                    decisions.decide(id, Decision.RETURN, "不同意", version);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
            first.join();
            assertThat(second.join()).isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(decisionsOn(id)).isEqualTo(1);
            assertThat(fixtures.details("consultant1", id).get("approval").get("currentStep").asInt()).isEqualTo(2);
        } finally {
            endDeputy(arrangement);
        }
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Gives the second decision time to reach the database while the first is still uncommitted. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
