package com.autosales.testdrives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 试驾路线 — a route a store offers for test drives. */
@Entity
@Table(name = "testdrive_route")
class DriveRoute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private String name;
    private String description;
    private boolean active;

    protected DriveRoute() {
    }

    DriveRoute(Long storeId, String name, String description) {
        this.storeId = storeId;
        this.name = name;
        this.description = description;
        this.active = true;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    String name() { return name; }
    String description() { return description; }
    boolean active() { return active; }
}
