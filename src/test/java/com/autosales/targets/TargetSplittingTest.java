package com.autosales.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Splitting a year into months and a node among its children: exact to the cent or unit at every level. */
class TargetSplittingTest {

    private static List<BigDecimal> amounts(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void anEvenSplitGivesTheRemainderToTheLastMonth() {
        assertThat(Splitting.evenly(new BigDecimal("100"), 12, 0))
                .containsExactlyElementsOf(amounts("8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "8", "12"));
        assertThat(Splitting.evenly(new BigDecimal("1000000.05"), 12, 2)).startsWith(new BigDecimal("83333.33"))
                .endsWith(new BigDecimal("83333.42"));
        assertThat(Splitting.evenly(new BigDecimal("7"), 3, 0)).containsExactlyElementsOf(amounts("2", "2", "3"));
    }

    @Test
    void aSeasonalSplitFollowsLastYearsMonthsAndFallsBackToEvenWithoutThem() {
        List<BigDecimal> lastYear = amounts("10", "0", "30", "0", "0", "0", "0", "0", "0", "0", "0", "60");
        assertThat(Splitting.byWeights(new BigDecimal("120"), lastYear, 0))
                .containsExactlyElementsOf(amounts("12", "0", "36", "0", "0", "0", "0", "0", "0", "0", "0", "72"));
        assertThat(Splitting.byWeights(new BigDecimal("100.00"), amounts("1", "1", "1"), 2))
                .containsExactlyElementsOf(amounts("33.33", "33.33", "33.34"));
        List<BigDecimal> nothing = IntStream.range(0, 12).mapToObj(i -> BigDecimal.ZERO).toList();
        assertThat(Splitting.byWeights(new BigDecimal("24"), nothing, 0)).containsOnly(new BigDecimal("2"));
        assertThat(Splitting.byWeights(new BigDecimal("10"), amounts("-5", "5"), 0))
                .as("a month of refunds weighs nothing").containsExactlyElementsOf(amounts("0", "10"));
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    /** A random tree (store → up to three levels of units with people) and random year figures, split top down. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyNodeIsTheExactSumOfItsChildrenInEveryMonth(long seed) {
        Random random = new Random(seed);
        List<PlanNode> nodes = new ArrayList<>();
        grow(random, nodes, null, NodeKind.STORE, 0);
        TargetGrid grid = new TargetGrid(nodes);
        PlanNode root = grid.root();
        for (PerformanceMetric metric : PlanMetrics.ALL) {
            int scale = PlanMetrics.scaleOf(metric);
            BigDecimal annual = BigDecimal.valueOf(random.nextLong(0, 5_000_000_000L), scale);
            List<BigDecimal> weights = IntStream.range(0, 12).mapToObj(i -> BigDecimal.valueOf(random.nextInt(-5, 100))).toList();
            List<BigDecimal> months = random.nextBoolean() ? Splitting.evenly(annual, 12, scale)
                    : Splitting.byWeights(annual, weights, scale);
            assertThat(months.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(annual);
            grid.setMonths(root.id(), metric, months);
            for (PlanNode node : grid.nodes()) {
                if (grid.hasChildren(node.id())) {
                    grid.splitEvenlyAmongChildren(node.id(), metric);
                }
            }
        }
        assertThat(grid.firstImbalance(PlanMetrics.ALL)).isEmpty();
        for (PlanNode node : grid.nodes()) {
            for (PerformanceMetric metric : PlanMetrics.ALL) {
                assertThat(grid.months(node.id(), metric)).allSatisfy(v -> {
                    assertThat(v.signum()).isNotNegative();
                    assertThat(v.stripTrailingZeros().scale()).isLessThanOrEqualTo(Math.max(0, PlanMetrics.scaleOf(metric)));
                });
            }
        }
    }

    @Test
    void aChildChangedByHandLeavesItsParentUnallocatedInThatMonth() {
        TargetGrid grid = new TargetGrid(List.of(new PlanNode(1L, null, NodeKind.STORE, 10L, 0, 0),
                new PlanNode(2L, 1L, NodeKind.UNIT, 20L, 1, 1), new PlanNode(3L, 1L, NodeKind.EMPLOYEE, 30L, 1, 2)));
        grid.setMonths(1L, PerformanceMetric.DELIVERIES, Splitting.evenly(new BigDecimal("24"), 12, 0));
        grid.splitEvenlyAmongChildren(1L, PerformanceMetric.DELIVERIES);
        grid.set(3L, PerformanceMetric.DELIVERIES, 3, BigDecimal.ZERO);

        Imbalance gap = grid.firstImbalance(PlanMetrics.ALL).orElseThrow();
        assertThat(gap.node().id()).isEqualTo(1L);
        assertThat(gap.month()).isEqualTo(3);
        assertThat(gap.difference()).isEqualByComparingTo("1");
        grid.set(2L, PerformanceMetric.DELIVERIES, 3, new BigDecimal("3"));
        assertThat(grid.firstImbalance(PlanMetrics.ALL).orElseThrow().difference()).as("over-allocated")
                .isEqualByComparingTo("-1");
    }

    private static long grow(Random random, List<PlanNode> nodes, Long parentId, NodeKind kind, int depth) {
        long id = nodes.size() + 1L;
        nodes.add(new PlanNode(id, parentId, kind, 1000L + id, depth, nodes.size()));
        if (kind == NodeKind.EMPLOYEE) {
            return id;
        }
        int units = depth >= 3 ? 0 : random.nextInt(0, 4);
        for (int i = 0; i < units; i++) {
            grow(random, nodes, id, NodeKind.UNIT, depth + 1);
        }
        int people = random.nextInt(depth == 0 ? 1 : 0, 7);
        for (int i = 0; i < people; i++) {
            grow(random, nodes, id, NodeKind.EMPLOYEE, depth + 1);
        }
        return id;
    }
}
