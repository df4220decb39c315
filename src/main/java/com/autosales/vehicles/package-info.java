/**
 * 车辆与库存 — vehicles and stock: the group's catalogue (brand → series → model → trim with colours, options,
 * packages and a price history) and the stores' stock by VIN with its status lifecycle, reservations for one
 * contract only, stock age and an Excel export, the stock book (库存台账: inbound and outbound documents, transfers
 * between stores) and the weekly stock report. The API for other modules is {@link com.autosales.vehicles.StockManagement}
 * and {@link com.autosales.vehicles.VehicleCatalogue}.
 */
package com.autosales.vehicles;
