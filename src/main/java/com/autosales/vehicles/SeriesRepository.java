package com.autosales.vehicles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeriesRepository extends JpaRepository<VehicleSeries, Long> {

    List<VehicleSeries> findAllByOrderByBrandIdAscIdAsc();
}
