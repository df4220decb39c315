package com.autosales.targets;

/** One node of a plan's tree, in the order the grid shows it (parents before their children). */
record PlanNode(Long id, Long parentId, NodeKind kind, Long refId, int depth, int position) {
}
