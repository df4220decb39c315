package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

/** A plan's nodes and monthly targets in the database. */
@Repository
class PlanCells {

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert nodeInsert;

    PlanCells(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.nodeInsert = new SimpleJdbcInsert(jdbc).withTableName("sales_plan_node")
                .usingColumns("plan_id", "parent_id", "kind", "ref_id", "depth", "position")
                .usingGeneratedKeyColumns("id");
    }

    /** Saves the tree (parents first); answers the nodes as saved. */
    List<PlanNode> saveTree(Long planId, OrgSnapshot.Branch root) {
        List<PlanNode> saved = new ArrayList<>();
        save(planId, root, null, 0, saved);
        return saved;
    }

    private void save(Long planId, OrgSnapshot.Branch branch, Long parentId, int depth, List<PlanNode> saved) {
        int position = saved.size();
        Map<String, Object> row = new HashMap<>();
        row.put("plan_id", planId);
        row.put("parent_id", parentId);
        row.put("kind", branch.kind().name());
        row.put("ref_id", branch.refId());
        row.put("depth", depth);
        row.put("position", position);
        Long nodeId = nodeInsert.executeAndReturnKey(row).longValue();
        saved.add(new PlanNode(nodeId, parentId, branch.kind(), branch.refId(), depth, position));
        for (OrgSnapshot.Branch child : branch.children()) {
            save(planId, child, nodeId, depth + 1, saved);
        }
    }

    List<PlanNode> nodes(Long planId) {
        return jdbc.query("select id, parent_id, kind, ref_id, depth, position from sales_plan_node where plan_id = ?"
                + " order by position", (rs, n) -> new PlanNode(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                NodeKind.valueOf(rs.getString("kind")), rs.getLong("ref_id"), rs.getInt("depth"), rs.getInt("position")),
                planId);
    }

    TargetGrid grid(Long planId) {
        TargetGrid grid = new TargetGrid(nodes(planId));
        jdbc.query("select node_id, metric, plan_month, amount from sales_plan_cell where plan_id = ?", rs -> {
            PerformanceMetric metric = PerformanceMetric.valueOf(rs.getString(2));
            grid.set(rs.getLong(1), metric, rs.getInt(3), rs.getBigDecimal(4).setScale(PlanMetrics.scaleOf(metric),
                    java.math.RoundingMode.UNNECESSARY));
        }, planId);
        return grid;
    }

    /** Replaces the node's twelve months of a metric (zeros are not stored). */
    void saveMonths(Long planId, Long nodeId, PerformanceMetric metric, List<BigDecimal> months) {
        jdbc.update("delete from sales_plan_cell where node_id = ? and metric = ?", nodeId, metric.name());
        List<Object[]> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if (months.get(m - 1).signum() != 0) {
                rows.add(new Object[] {planId, nodeId, metric.name(), m, months.get(m - 1)});
            }
        }
        jdbc.batchUpdate("insert into sales_plan_cell (plan_id, node_id, metric, plan_month, amount) values (?, ?, ?, ?, ?)",
                rows);
    }

    /** Copies the targets of the nodes the new version still has (same store, unit or person). */
    void copyTargets(Long fromPlanId, Long toPlanId) {
        jdbc.update("insert into sales_plan_cell (plan_id, node_id, metric, plan_month, amount)"
                + " select ?, n2.id, c.metric, c.plan_month, c.amount from sales_plan_cell c"
                + " join sales_plan_node n1 on n1.id = c.node_id"
                + " join sales_plan_node n2 on n2.plan_id = ? and n2.kind = n1.kind and n2.ref_id = n1.ref_id"
                + " where c.plan_id = ?", toPlanId, toPlanId, fromPlanId);
    }
}
