package com.autosales.vehicles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Trims extends JpaRepository<Trim, Long> {

    List<Trim> findByModelIdInOrderByModelIdAscIdAsc(Collection<Long> modelIds);
}
