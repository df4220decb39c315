package com.autosales.vehicles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stock vehicles; every finder for readers takes their stores (stock belongs to a store, not to a person). */
interface StockVehicles extends JpaRepository<StockVehicle, Long> {

    String IN_SCOPE = "(:allStores = true or v.storeId in :storeIds)";

    @Query("select v from StockVehicle v where v.id = :id and " + IN_SCOPE)
    Optional<StockVehicle> findVisible(Long id, boolean allStores, Collection<Long> storeIds);

    @Query("select v.id from StockVehicle v where v.vin = :vin and " + IN_SCOPE)
    Optional<Long> findVisibleIdByVin(String vin, boolean allStores, Collection<Long> storeIds);

    @Query("select v.id from StockVehicle v where v.id = :id and " + IN_SCOPE)
    Optional<Long> findVisibleId(Long id, boolean allStores, Collection<Long> storeIds);

    boolean existsByVin(String vin);

    boolean existsByVinAndIdNot(String vin, Long id);

    /** How many of these vehicles came from a factory order (a receipt that filled ordered cars). */
    long countByIdInAndFactoryOrderIdIsNotNull(Collection<Long> ids);

    /** A store's ordered vehicles of this trim and colours still waiting for their VIN, oldest first (receipts fill them). */
    @Query("select v from StockVehicle v where v.storeId = :storeId and v.trimId = :trimId"
            + " and v.exteriorColour = :exterior and v.interiorColour = :interior"
            + " and v.status = com.autosales.vehicles.StockStatus.ORDERED and v.vin is null order by v.id")
    List<StockVehicle> findAwaitingVin(Long storeId, Long trimId, String exterior, String interior);

    Optional<StockVehicle> findByVin(String vin);

    @Query("select v from StockVehicle v where v.storeId = :storeId and v.trimId = :trimId and v.vin is not null"
            + " and v.status = com.autosales.vehicles.StockStatus.IN_STOCK order by v.arrivalDate, v.id")
    List<StockVehicle> findInStock(Long storeId, Long trimId);

    @Query("select v from StockVehicle v where " + IN_SCOPE
            + " and (:status is null or v.status = :status)"
            + " and (:trimId is null or v.trimId = :trimId)"
            + " and (:anyModel = true or v.trimId in :modelTrimIds)"
            + " and (:colour is null or v.exteriorColour = :colour)"
            + " and (:anyAge = true or (v.status in :ageing and v.arrivalDate >= :arrivedFrom and v.arrivalDate <= :arrivedTo))"
            + " and (:vinPattern is null or v.vin like :vinPattern)"
            + " order by v.id desc")
    Page<StockVehicle> findMatching(boolean allStores, Collection<Long> storeIds, StockStatus status, Long trimId,
            boolean anyModel, Collection<Long> modelTrimIds, String colour, boolean anyAge,
            Collection<StockStatus> ageing, LocalDate arrivedFrom, LocalDate arrivedTo, String vinPattern,
            Pageable pageable);
}
