/** Inventory statistics of the graph: counts by label and type, tenants, ingest runs. */
package dev.faultline.analyzer.inventory;
