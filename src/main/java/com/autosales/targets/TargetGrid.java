package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A plan's tree with every node's monthly targets per metric (nothing set counts as zero). */
final class TargetGrid {

    private final List<PlanNode> nodes;
    private final Map<Long, PlanNode> byId = new HashMap<>();
    private final Map<Long, List<PlanNode>> children = new HashMap<>();
    private final Map<Long, Map<PerformanceMetric, BigDecimal[]>> values = new HashMap<>();

    TargetGrid(List<PlanNode> nodes) {
        this.nodes = List.copyOf(nodes);
        for (PlanNode node : nodes) {
            byId.put(node.id(), node);
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
    }

    List<PlanNode> nodes() {
        return nodes;
    }

    Optional<PlanNode> node(Long id) {
        return Optional.ofNullable(byId.get(id));
    }

    PlanNode root() {
        return nodes.stream().filter(n -> n.parentId() == null).findFirst().orElseThrow();
    }

    List<PlanNode> childrenOf(Long nodeId) {
        return children.getOrDefault(nodeId, List.of());
    }

    boolean hasChildren(Long nodeId) {
        return !childrenOf(nodeId).isEmpty();
    }

    void set(Long nodeId, PerformanceMetric metric, int month, BigDecimal amount) {
        values.computeIfAbsent(nodeId, k -> new EnumMap<>(PerformanceMetric.class))
                .computeIfAbsent(metric, k -> zeros())[month - 1] = amount;
    }

    void setMonths(Long nodeId, PerformanceMetric metric, List<BigDecimal> months) {
        for (int m = 1; m <= 12; m++) {
            set(nodeId, metric, m, months.get(m - 1));
        }
    }

    BigDecimal get(Long nodeId, PerformanceMetric metric, int month) {
        BigDecimal[] months = values.getOrDefault(nodeId, Map.of()).get(metric);
        return months == null ? BigDecimal.ZERO : months[month - 1];
    }

    List<BigDecimal> months(Long nodeId, PerformanceMetric metric) {
        List<BigDecimal> result = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            result.add(get(nodeId, metric, m));
        }
        return result;
    }

    /** Per month the parent's target less what its children have: positive is still to give out, negative too much. */
    List<BigDecimal> unallocated(Long nodeId, PerformanceMetric metric) {
        List<BigDecimal> result = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal rest = get(nodeId, metric, m);
            for (PlanNode child : childrenOf(nodeId)) {
                rest = rest.subtract(get(child.id(), metric, m));
            }
            result.add(rest);
        }
        return result;
    }

    /** The first node (top down), metric and month where the children do not add up to the parent. */
    Optional<Imbalance> firstImbalance(List<PerformanceMetric> metrics) {
        for (PlanNode node : nodes) {
            if (!hasChildren(node.id())) {
                continue;
            }
            for (PerformanceMetric metric : metrics) {
                List<BigDecimal> rest = unallocated(node.id(), metric);
                for (int m = 1; m <= 12; m++) {
                    if (rest.get(m - 1).signum() != 0) {
                        return Optional.of(new Imbalance(node, metric, m, rest.get(m - 1)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Gives each month of the node's target to its children in equal parts, the remainder to the last child. */
    void splitEvenlyAmongChildren(Long nodeId, PerformanceMetric metric) {
        List<PlanNode> kids = childrenOf(nodeId);
        if (kids.isEmpty()) {
            throw new com.autosales.shared.DomainException("targets.no-children");
        }
        for (int m = 1; m <= 12; m++) {
            List<BigDecimal> parts = Splitting.evenly(get(nodeId, metric, m), kids.size(), PlanMetrics.scaleOf(metric));
            for (int i = 0; i < kids.size(); i++) {
                set(kids.get(i).id(), metric, m, parts.get(i));
            }
        }
    }

    /** The people at or below a node. */
    Set<Long> employeesUnder(Long nodeId) {
        Set<Long> result = new LinkedHashSet<>();
        collect(byId.get(nodeId), result);
        return result;
    }

    private void collect(PlanNode node, Set<Long> into) {
        if (node == null) {
            return;
        }
        if (node.kind() == NodeKind.EMPLOYEE) {
            into.add(node.refId());
        }
        childrenOf(node.id()).forEach(c -> collect(c, into));
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] months = new BigDecimal[12];
        Arrays.fill(months, BigDecimal.ZERO);
        return months;
    }
}
