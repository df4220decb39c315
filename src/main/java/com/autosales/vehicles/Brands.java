package com.autosales.vehicles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Brands extends JpaRepository<Brand, Long> {

    List<Brand> findAllByOrderByIdAsc();
}
