package com.autosales.approvals;

import com.autosales.access.UserDirectory;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.PositionHolders;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link OrgLookup} over the org and access modules. */
@Component
class OrgLookupAdapter implements OrgLookup {

    private final OrgDirectory org;
    private final PositionHolders positions;
    private final UserDirectory users;

    OrgLookupAdapter(OrgDirectory org, PositionHolders positions, UserDirectory users) {
        this.org = org;
        this.positions = positions;
        this.users = users;
    }

    @Override
    public Optional<Long> managerOf(Long employeeId) {
        return org.employee(employeeId).map(EmployeeView::managerId);
    }

    @Override
    public List<Long> holdersOf(String positionCode, Long storeId) {
        return positions.employeeIdsHolding(positionCode, storeId);
    }

    @Override
    public Optional<StepApprover> approverFor(Long employeeId) {
        return users.usernameOfEmployee(employeeId).map(username -> new StepApprover(username,
                org.employee(employeeId).map(EmployeeView::name).orElse(username), employeeId));
    }

    @Override
    public Optional<StepApprover> approverNamed(String username) {
        return users.displayNameOf(username).map(name -> new StepApprover(username, name, null));
    }
}
