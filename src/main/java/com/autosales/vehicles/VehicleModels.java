package com.autosales.vehicles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VehicleModels extends JpaRepository<VehicleModel, Long> {

    List<VehicleModel> findBySeriesIdOrderByModelYearDescNameAsc(Long seriesId);

    List<VehicleModel> findBySeriesIdInOrderBySeriesIdAscModelYearDescNameAsc(Collection<Long> seriesIds);
}
