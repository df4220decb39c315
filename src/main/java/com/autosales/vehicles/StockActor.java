package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;

/** Who changes stock: a signed-in user, or the system for demo data and loads. */
record StockActor(String username, String name) {

    static final StockActor SYSTEM = new StockActor("system", null);

    static StockActor of(CurrentUsers currentUsers) {
        return currentUsers.find().map(u -> new StockActor(u.username(), u.displayName())).orElse(SYSTEM);
    }
}
