package com.autosales.testdrives;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 试驾车 — a demo car of a store (a simple list until the vehicles module flags demo cars itself). */
@Entity
@Table(name = "testdrive_car")
class DemoCar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private String modelName;
    private String plate;
    private String vin;
    private String colour;
    private boolean active;
    @Version
    private long version;
    private Instant createdAt;

    protected DemoCar() {
    }

    DemoCar(Long storeId, CarForm form, Instant now) {
        this.storeId = storeId;
        this.active = true;
        this.createdAt = now;
        apply(form);
    }

    void apply(CarForm form) {
        this.modelName = form.modelName();
        this.plate = form.plate();
        this.vin = form.vin();
        this.colour = form.colour();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    String modelName() { return modelName; }
    String plate() { return plate; }
    String vin() { return vin; }
    String colour() { return colour; }
    boolean active() { return active; }
    long version() { return version; }

    String label() {
        return modelName + " · " + plate;
    }
}
