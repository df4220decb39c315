package com.autosales.approvals;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.springframework.test.web.servlet.ResultActions;

/** Runs two requests released at the same instant from two threads, and gives back their HTTP statuses. */
final class ConcurrentCalls {

    private ConcurrentCalls() {
    }

    static int[] twoAtOnce(Callable<ResultActions> first, Callable<ResultActions> second) {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> call(start, first));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> call(start, second));
        return new int[] {a.join(), b.join()};
    }

    private static int call(CyclicBarrier start, Callable<ResultActions> request) {
        try {
            start.await();
            return request.call().andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
