package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import java.util.Map;

/**
 * A row of the decomposition grid: a node with its targets per metric and, for a node with children, what is still
 * unallocated (the node's target less its children's; negative when over-allocated).
 *
 * @param changeable whether the reader may change this node's months now (a draft, and the reader sees its parent)
 */
public record NodeRow(Long nodeId, Long parentId, NodeKind kind, Long refId, String name, int depth, boolean parent,
        boolean changeable, Map<PerformanceMetric, Line> targets, Map<PerformanceMetric, Line> unallocated) {

    public Line target(PerformanceMetric metric) {
        return targets.get(metric);
    }

    public Line open(PerformanceMetric metric) {
        return unallocated.get(metric);
    }
}
