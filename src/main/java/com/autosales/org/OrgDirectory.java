package com.autosales.org;

import com.autosales.shared.LocalizedName;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation as other modules read it: units, the tree below a unit, employees. */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private static final int MAX_DEPTH = 32; // a guard against a cycle; real trees are five levels deep
    private final OrgUnits units;
    private final Positions positions;
    private final Employees employees;

    OrgDirectory(OrgUnits units, Positions positions, Employees employees) {
        this.units = units;
        this.positions = positions;
        this.employees = employees;
    }

    public Optional<UnitView> unit(Long id) {
        return id == null ? Optional.empty() : units.findById(id).map(u -> u.view(locale()));
    }

    public List<UnitView> stores() {
        return units.findByKindOrderById(UnitKind.STORE).stream().map(u -> u.view(locale())).toList();
    }

    /** The store a unit belongs to (the unit itself if it is a store), or empty above store level. */
    public Optional<Long> storeOf(Long unitId) {
        return ancestorOfKind(unitId, UnitKind.STORE);
    }

    /** The department (or region) a unit belongs to, or empty above department level. */
    public Optional<Long> departmentOf(Long unitId) {
        return ancestorOfKind(unitId, UnitKind.DEPARTMENT).or(() -> ancestorOfKind(unitId, UnitKind.REGION));
    }

    /** The unit and every unit below it. */
    public Set<Long> unitTree(Long rootId) {
        Map<Long, List<Long>> children = units.findAll().stream()
                .filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId, Collectors.mapping(OrgUnit::id, Collectors.toList())));
        Set<Long> tree = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(rootId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (tree.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return tree;
    }

    /** Everyone working in the unit or below it. */
    public Set<Long> employeeIdsUnder(Long unitId) {
        return employees.findByUnitIdIn(unitTree(unitId)).stream().map(Employee::id).collect(Collectors.toSet());
    }

    /** The unit an employee works in (without the position's name, for the sign-in of every request). */
    public Optional<Long> unitOfEmployee(Long employeeId) {
        return employeeId == null ? Optional.empty() : employees.findById(employeeId).map(Employee::unitId);
    }

    public Optional<EmployeeView> employee(Long id) {
        return id == null ? Optional.empty() : employees.findById(id).map(this::view);
    }

    public Map<Long, EmployeeView> employees(Collection<Long> ids) {
        Function<Employee, EmployeeView> view = viewWithPositionNames();
        return employees.findAllById(ids).stream().map(view)
                .collect(Collectors.toMap(EmployeeView::id, Function.identity()));
    }

    /** Everyone still employed (active or on leave), by name, for pickers such as "link a login". */
    public List<EmployeeView> currentEmployees() {
        return employees.findAll().stream().map(viewWithPositionNames())
                .filter(e -> e.status() != EmployeeStatus.LEFT)
                .sorted(java.util.Comparator.comparing(EmployeeView::employeeNo))
                .toList();
    }

    /** Position codes with their names in the reader's language, by store type and level: for pickers. */
    public Map<String, String> positionNames() {
        Locale locale = locale();
        Map<String, String> names = new java.util.LinkedHashMap<>();
        positions.findAllByOrderByStoreTypeAscLevelAscIdAsc().forEach(p -> names.put(p.code(), p.name(locale)));
        return names;
    }

    /**
     * The role a login for this employee gets by default: the default role code of their position
     * (one of the seeded role codes), or empty when the position names none.
     */
    public Optional<String> defaultRoleCode(Long employeeId) {
        return employee(employeeId).map(EmployeeView::positionId).flatMap(positions::findById)
                .map(Position::defaultRoleCode);
    }

    /** For many employees at once: the position names are read once, not once per employee. */
    private Function<Employee, EmployeeView> viewWithPositionNames() {
        Locale locale = locale();
        Map<Long, String> names = new HashMap<>();
        positions.names().forEach(row -> names.put((Long) row[0], ((LocalizedName) row[1]).in(locale)));
        return employee -> employee.view(employee.positionId() == null ? null : names.get(employee.positionId()));
    }

    private EmployeeView view(Employee employee) {
        String positionName = employee.positionId() == null ? null
                : positions.findById(employee.positionId()).map(p -> p.name(locale())).orElse(null);
        return employee.view(positionName);
    }

    /** Walks up the parents: a few primary-key reads instead of loading the whole organisation. */
    private Optional<Long> ancestorOfKind(Long unitId, UnitKind kind) {
        OrgUnit current = unitId == null ? null : units.findById(unitId).orElse(null);
        int depth = 0;
        while (current != null && depth++ < MAX_DEPTH) {
            if (current.kind() == kind) {
                return Optional.of(current.id());
            }
            current = current.parentId() == null ? null : units.findById(current.parentId()).orElse(null);
        }
        return Optional.empty();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
