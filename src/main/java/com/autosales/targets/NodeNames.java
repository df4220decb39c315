package com.autosales.targets;

import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The names of a plan's nodes in the reader's language, read from the organisation. */
@Component
class NodeNames {

    private final OrgDirectory org;

    NodeNames(OrgDirectory org) {
        this.org = org;
    }

    Map<Long, String> of(List<PlanNode> nodes) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, EmployeeView> people = org.employees(nodes.stream().filter(n -> n.kind() == NodeKind.EMPLOYEE)
                .map(PlanNode::refId).toList());
        for (PlanNode node : nodes) {
            names.put(node.id(), node.kind() == NodeKind.EMPLOYEE
                    ? (people.containsKey(node.refId()) ? people.get(node.refId()).name() : "#" + node.refId())
                    : unitName(node.refId()));
        }
        return names;
    }

    String of(PlanNode node) {
        return node.kind() == NodeKind.EMPLOYEE
                ? org.employee(node.refId()).map(EmployeeView::name).orElse("#" + node.refId())
                : unitName(node.refId());
    }

    String store(Long storeId) {
        return unitName(storeId);
    }

    private String unitName(Long unitId) {
        return org.unit(unitId).map(UnitView::name).orElse("#" + unitId);
    }
}
