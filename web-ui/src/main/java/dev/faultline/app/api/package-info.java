/**
 * The REST API under {@code /api}: the data the pages show, as JSON, read through the services of
 * {@code dev.faultline.app.data} off the event loop; errors as RFC 7807 problem details. Described
 * by the OpenAPI document at {@code /api/openapi.json}; reference in {@code docs/api.md}.
 */
package dev.faultline.app.api;
