package com.autosales.sales;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanDocumentTypes extends JpaRepository<LoanDocumentType, Long> {

    List<LoanDocumentType> findAllByOrderByPositionAscIdAsc();

    List<LoanDocumentType> findByActiveTrueOrderByPositionAscIdAsc();

    boolean existsByCode(String code);
}
