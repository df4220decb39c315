package com.autosales.vehicles;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 精品/装饰包 — an accessory or decoration package offered for a series (贴膜套装, 脚垫+行车记录仪…), priced on its own. */
@Entity
@Table(name = "accessory_package")
class AccessoryPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long seriesId;
    private String name;
    private String description;
    private boolean active;

    protected AccessoryPackage() {
    }

    AccessoryPackage(Long seriesId, String name, String description) {
        this.seriesId = seriesId;
        this.name = name;
        this.description = description;
        this.active = true;
    }

    Long id() { return id; }
    Long seriesId() { return seriesId; }
    String name() { return name; }
    String description() { return description; }
    boolean active() { return active; }
}
