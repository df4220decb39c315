package com.autosales.vehicles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StockMovements extends JpaRepository<StockMovement, Long> {

    List<StockMovement> findByVehicleIdOrderByMovedAtAscIdAsc(Long vehicleId);
}
