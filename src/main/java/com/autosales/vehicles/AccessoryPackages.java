package com.autosales.vehicles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessoryPackages extends JpaRepository<AccessoryPackage, Long> {

    List<AccessoryPackage> findBySeriesIdInOrderByIdAsc(Collection<Long> seriesIds);
}
