package com.autosales.vehicles;

import com.autosales.shared.LocalizedName;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 车系 — a series of a brand (途观L, 帕萨特…); its models and accessory packages hang under it. */
@Entity
@Table(name = "vehicle_series")
class VehicleSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long brandId;
    @Embedded
    private LocalizedName name;

    protected VehicleSeries() {
    }

    VehicleSeries(Long brandId, LocalizedName name) {
        this.brandId = brandId;
        this.name = name;
    }

    Long id() { return id; }
    Long brandId() { return brandId; }
    LocalizedName name() { return name; }
}
