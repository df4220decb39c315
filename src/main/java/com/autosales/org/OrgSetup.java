package com.autosales.org;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Building the organisation: units, positions, hiring. Used by the admin screens and the demo seed. */
@Service
@Transactional
public class OrgSetup {

    private final OrgUnits units;
    private final Positions positions;
    private final Employees employees;

    OrgSetup(OrgUnits units, Positions positions, Employees employees) {
        this.units = units;
        this.positions = positions;
        this.employees = employees;
    }

    public Long createGroup(String code, String nameZh, String nameEn) {
        return units.save(new OrgUnit(null, UnitKind.GROUP, code, nameZh, nameEn)).id();
    }

    public Long createStore(Long groupId, StoreType type, String code, String nameZh, String nameEn) {
        OrgUnit store = new OrgUnit(groupId, UnitKind.STORE, code, nameZh, nameEn);
        store.asStore(type);
        return units.save(store).id();
    }

    public Long createUnit(Long parentId, UnitKind kind, String code, String nameZh, String nameEn,
            OrganisedBy organisedBy, Integer plannedHeadcount) {
        OrgUnit unit = new OrgUnit(parentId, kind, code, nameZh, nameEn);
        unit.organisedBy(organisedBy);
        unit.plannedHeadcount(plannedHeadcount);
        return units.save(unit).id();
    }

    public Long createPosition(String code, String nameZh, String nameEn, StoreType storeType, int level,
            String reportsToCode) {
        Long reportsTo = reportsToCode == null ? null : positions.findByCode(reportsToCode).map(Position::id).orElse(null);
        return positions.save(new Position(code, nameZh, nameEn, storeType, level, reportsTo)).id();
    }

    public Long hire(String employeeNo, String name, String phone, String positionCode, Long unitId, Long managerId,
            LocalDate hireDate) {
        Long positionId = positions.findByCode(positionCode).map(Position::id).orElse(null);
        return employees.save(new Employee(employeeNo, name, phone, positionId, unitId, managerId, hireDate)).id();
    }
}
