package com.autosales.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 路线计划 — the customers of one route in visit order for a day, as the rep's printable plan shows them. */
public record RoutePlan(String routeCode, String region, LocalDate day, List<Stop> stops) {

    /** One customer on the route; the phone is masked unless the reader may see it. */
    public record Stop(Long customerId, String name, String phone, String address, String region, Integer visitOrder,
            long profileVersion, Instant lastVisitAt, Long daysSinceContact, boolean visitedOnDay) {
    }

    /** A route someone in the reader's scope has customers on. */
    public record Route(String routeCode, String region, long customers) {
    }
}
