package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * 成本可见 — who may see costs (catalogue cost, purchase cost, cost tied up in stock). There is no separate cost
 * permission in the role catalogue, so those who keep or approve stock do: {@code vehicles:edit} (the clerk who enters
 * the purchase cost) or {@code vehicles:approve} (sales manager, GM). A consultant ({@code vehicles:view}) does not.
 */
@Component
class CostVisibility {

    static final String KEEPS_STOCK = "vehicles:edit";
    static final String APPROVES_STOCK = "vehicles:approve";

    private final CurrentUsers currentUsers;

    CostVisibility(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    boolean readerMaySeeCost() {
        return currentUsers.find().map(u -> u.can(KEEPS_STOCK) || u.can(APPROVES_STOCK)).orElse(false);
    }
}
