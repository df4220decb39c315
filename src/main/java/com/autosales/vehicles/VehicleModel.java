package com.autosales.vehicles;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 车型 — a model of a series in a model year (2025款 途观L 330TSI…); its trims are what is sold. */
@Entity
@Table(name = "vehicle_model")
class VehicleModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long seriesId;
    private String name;
    private int modelYear;

    protected VehicleModel() {
    }

    VehicleModel(Long seriesId, String name, int modelYear) {
        this.seriesId = seriesId;
        this.name = name;
        this.modelYear = modelYear;
    }

    Long id() { return id; }
    Long seriesId() { return seriesId; }
    String name() { return name; }
    int modelYear() { return modelYear; }
}
