package com.autosales.testdrives;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 试驾车队 — a store's demo cars, test-drive routes (two default routes on first use) and slot settings, kept by
 * the sales managers. Small and replaceable: the vehicles module will flag demo cars itself later.
 */
@Service
@Transactional
public class TestDriveFleet {

    static final String MANAGE = "hasAuthority('leads:approve')";

    private final DemoCars cars;
    private final DriveRoutes routes;
    private final DriveSettings settings;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    TestDriveFleet(DemoCars cars, DriveRoutes routes, DriveSettings settings, CurrentUsers currentUsers,
            AuditTrail audit, Clock clock) {
        this.cars = cars;
        this.routes = routes;
        this.settings = settings;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a demo car to a store without a signed-in user (demo data); audited. */
    public Long addCarFor(Long storeId, String modelName, String plate, String colour) {
        return save(storeId, new CarForm(modelName, plate, null, colour));
    }

    @PreAuthorize(MANAGE)
    public Long addCar(CarForm form) {
        return save(currentUsers.requireStore(), form);
    }

    private Long save(Long storeId, CarForm form) {
        DemoCar car = cars.save(new DemoCar(storeId, form, clock.instant()));
        audit.record(AuditRecord.of("testdrive-car", car.id(), "CREATE", car.label(),
                FieldChange.of("modelName", null, car.modelName()), FieldChange.of("plate", null, car.plate()),
                FieldChange.of("vin", null, car.vin()), FieldChange.of("colour", null, car.colour())));
        return car.id();
    }

    @PreAuthorize(MANAGE)
    public void setCarActive(Long id, boolean active) {
        DemoCar car = carOfMyStore(id);
        boolean before = car.active();
        car.setActive(active);
        audit.record(AuditRecord.of("testdrive-car", id, active ? "ACTIVATE" : "DEACTIVATE", car.label(),
                FieldChange.of("active", before, active)));
    }

    @Transactional(readOnly = true)
    public List<CarView> allCars(Long storeId) {
        return cars.findByStoreIdOrderByActiveDescModelNameAscIdAsc(storeId).stream().map(TestDriveFleet::view).toList();
    }

    @Transactional(readOnly = true)
    public List<CarView> activeCars(Long storeId) {
        return cars.findByStoreIdAndActiveTrueOrderByModelNameAscIdAsc(storeId).stream().map(TestDriveFleet::view).toList();
    }

    public DemoCar carOfMyStore(Long id) {
        Long store = currentUsers.requireStore();
        return cars.findById(id).filter(c -> c.storeId().equals(store))
                .orElseThrow(() -> new RecordNotFoundException("testdrive-car", id));
    }

    /** The store's routes; a store without any gets the two default routes first. */
    public List<RouteView> routesOf(Long storeId) {
        List<DriveRoute> list = routes.findByStoreIdOrderByIdAsc(storeId);
        if (!list.isEmpty()) {
            return list.stream().map(r -> new RouteView(r.id(), r.name(), r.description(), r.active())).toList();
        }
        routes.save(new DriveRoute(storeId, "城市道路标准路线", "约 20 分钟：店外主路—两个路口—掉头回店"));
        routes.save(new DriveRoute(storeId, "快速路体验路线", "约 40 分钟：含一段快速路，体验加速与静音"));
        return routes.findByStoreIdOrderByIdAsc(storeId).stream()
                .map(r -> new RouteView(r.id(), r.name(), r.description(), r.active())).toList();
    }

    static CarView view(DemoCar c) {
        return new CarView(c.id(), c.storeId(), c.modelName(), c.plate(), c.vin(), c.colour(), c.active());
    }

    @PreAuthorize(MANAGE)
    public Long addRoute(String name, String description) {
        String clean = CarForm.clean(name);
        if (clean == null || clean.length() > 100) {
            throw new DomainException("testdrives.route-name-invalid");
        }
        Long store = currentUsers.requireStore();
        routesOf(store);
        DriveRoute route = routes.save(new DriveRoute(store, clean, CarForm.clean(description)));
        audit.record(AuditRecord.of("testdrive-route", route.id(), "CREATE", clean, FieldChange.of("name", null, clean)));
        return route.id();
    }

    @PreAuthorize(MANAGE)
    public void setRouteActive(Long id, boolean active) {
        Long store = currentUsers.requireStore();
        DriveRoute route = routes.findById(id).filter(r -> r.storeId().equals(store))
                .orElseThrow(() -> new RecordNotFoundException("testdrive-route", id));
        boolean before = route.active();
        route.setActive(active);
        audit.record(AuditRecord.of("testdrive-route", id, active ? "ACTIVATE" : "DEACTIVATE", route.name(),
                FieldChange.of("active", before, active)));
    }

    @Transactional(readOnly = true)
    public SlotPlan planOf(Long storeId) {
        return settings.findById(storeId).map(DriveSetting::plan).orElse(SlotPlan.DEFAULT);
    }

    @PreAuthorize(MANAGE)
    public void saveSettings(SettingsForm form) {
        SlotPlan plan = new SlotPlan(form.opensAt(), form.closesAt(), form.slotMinutes());
        Long store = currentUsers.requireStore();
        DriveSetting setting = settings.findById(store).orElseGet(() -> settings.save(new DriveSetting(store)));
        SlotPlan before = setting.plan();
        setting.apply(plan);
        audit.record(AuditRecord.of("testdrive-setting", store, "UPDATE", null,
                FieldChange.of("slotMinutes", before.slotMinutes(), plan.slotMinutes()),
                FieldChange.of("opensAt", before.opensAt(), plan.opensAt()),
                FieldChange.of("closesAt", before.closesAt(), plan.closesAt())));
    }
}
