package com.autosales.org;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 组织架构图: the open units as a tree with their people, headcount against plan and vacancies. */
@Service
@Transactional(readOnly = true)
class OrgChartService {

    private final OrgUnits units;
    private final Positions positions;
    private final Employees employees;
    private final OrgChartPdf pdf;
    private final AuditTrail audit;
    private final Clock clock;

    OrgChartService(OrgUnits units, Positions positions, Employees employees, OrgChartPdf pdf, AuditTrail audit,
            Clock clock) {
        this.units = units;
        this.positions = positions;
        this.employees = employees;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chart (or the part below {@code rootId}) as a PDF in the reader's language; the export is audited. */
    @Transactional
    @PreAuthorize("hasAuthority('org:export')")
    byte[] exportPdf(Long rootId) {
        List<OrgChartNode> chart = chart(rootId);
        audit.record(AuditRecord.of(UnitManagement.AUDIT_TYPE, rootId == null ? "all" : rootId, "EXPORT", "PDF"));
        return pdf.render(chart, LocaleContextHolder.getLocale(), ZonedDateTime.now(clock));
    }

    /** The whole organisation, or the part below {@code rootId}. */
    @PreAuthorize("hasAnyAuthority('org:view', 'org:export')")
    List<OrgChartNode> chart(Long rootId) {
        Locale locale = LocaleContextHolder.getLocale();
        List<OrgUnit> open = units.findAll().stream().filter(OrgUnit::active).toList();
        OrgTree tree = new OrgTree(open.stream().map(u -> u.node(locale)).toList());
        Map<Long, OrgUnit> byId = open.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        Map<Long, Position> positionById = positions.findAll().stream()
                .collect(Collectors.toMap(Position::id, Function.identity()));
        Comparator<Employee> byRank = Comparator
                .comparingInt((Employee e) -> e.positionId() == null || !positionById.containsKey(e.positionId()) ? 99
                        : positionById.get(e.positionId()).level())
                .thenComparing(Employee::employeeNo);
        Map<Long, List<OrgChartNode.ChartPerson>> people = employees.findByStatusNotOrderByEmployeeNo(EmployeeStatus.LEFT)
                .stream().sorted(byRank)
                .collect(Collectors.groupingBy(Employee::unitId, Collectors.mapping(e -> new OrgChartNode.ChartPerson(
                        e.id(), e.name(), positionName(positionById.get(e.positionId()), locale), e.status()),
                        Collectors.toList())));
        List<OrgTree.Node> roots = rootId == null ? tree.roots() : tree.find(rootId).map(List::of).orElse(List.of());
        return roots.stream().map(r -> node(tree, byId, people, r, 0)).toList();
    }

    private OrgChartNode node(OrgTree tree, Map<Long, OrgUnit> byId, Map<Long, List<OrgChartNode.ChartPerson>> people,
            OrgTree.Node at, int depth) {
        List<OrgChartNode> children = new ArrayList<>();
        for (OrgTree.Node child : tree.children(at.id())) {
            children.add(node(tree, byId, people, child, depth + 1));
        }
        List<OrgChartNode.ChartPerson> here = people.getOrDefault(at.id(), List.of());
        int headcount = here.size() + children.stream().mapToInt(OrgChartNode::headcount).sum();
        OrgUnit unit = byId.get(at.id());
        return new OrgChartNode(at.id(), at.parentId(), at.kind(), unit.storeType(), unit.code(), at.name(),
                unit.organisedBy(), unit.plannedHeadcount(), headcount, depth, here, children);
    }

    private static String positionName(Position position, Locale locale) {
        return position == null ? null : position.name(locale);
    }
}
