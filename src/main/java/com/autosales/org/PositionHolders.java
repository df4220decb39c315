package com.autosales.org;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a position (岗位) within a unit and everything below it, e.g. the general manager of a store. */
@Service
@Transactional(readOnly = true)
public class PositionHolders {

    private final OrgDirectory directory;
    private final Positions positions;

    PositionHolders(OrgDirectory directory, Positions positions) {
        this.directory = directory;
        this.positions = positions;
    }

    /** Employees (not those who left) holding the position with this code in the unit's tree, lowest id first. */
    public List<Long> employeeIdsHolding(String positionCode, Long unitId) {
        if (unitId == null || positionCode == null) {
            return List.of();
        }
        Optional<Long> positionId = positions.findByCode(positionCode).map(Position::id);
        if (positionId.isEmpty()) {
            return List.of();
        }
        return directory.employees(directory.employeeIdsUnder(unitId)).values().stream()
                .filter(e -> positionId.get().equals(e.positionId()) && e.status() != EmployeeStatus.LEFT)
                .map(EmployeeView::id)
                .sorted()
                .toList();
    }
}
