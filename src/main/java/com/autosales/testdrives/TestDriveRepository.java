package com.autosales.testdrives;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Bookings; every finder for people takes the reader's data scope (store and consultant). */
interface TestDriveRepository extends JpaRepository<TestDrive, Long> {

    String IN_SCOPE = "(:allStores = true or d.storeId in :storeIds) "
            + "and (:allOwners = true or d.consultantEmployeeId in :ownerIds)";

    @Query("select d from TestDrive d where d.id = :id and " + IN_SCOPE)
    Optional<TestDrive> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select d from TestDrive d where " + IN_SCOPE
            + " and d.driveDay between :from and :to and (:carId is null or d.carId = :carId) order by d.startsAt, d.id")
    List<TestDrive> findVisibleBetween(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, LocalDate from, LocalDate to, Long carId);

    /** Every live booking of the store's cars in the period, whoever booked it: the calendar marks their slots taken. */
    @Query("select d from TestDrive d where d.storeId = :storeId and d.driveDay between :from and :to"
            + " and d.status <> com.autosales.testdrives.DriveStatus.CANCELLED order by d.startsAt, d.id")
    List<TestDrive> findLiveOfStore(Long storeId, LocalDate from, LocalDate to);
}
