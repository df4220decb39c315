package com.autosales.vehicles;

import com.autosales.shared.LocalizedName;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 品牌 — a vehicle brand of the group's catalogue (大众, 丰田…). */
@Entity
@Table(name = "vehicle_brand")
class Brand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    private LocalizedName name;

    protected Brand() {
    }

    Brand(LocalizedName name) {
        this.name = name;
    }

    Long id() { return id; }
    LocalizedName name() { return name; }
}
