/**
 * The tenants and merger view ({@code /tenants}): tenants and their lineage, the trusts between
 * them, the tenant-by-tenant matrix of bypass paths, and one cell's findings ({@code /tenants/cell}).
 */
package dev.faultline.app.web.tenants;
