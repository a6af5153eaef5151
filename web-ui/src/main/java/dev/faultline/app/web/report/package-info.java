/** {@code GET /runs/{id}/report}: an analysis run's evidence pack, as a page or a PDF download. */
package dev.faultline.app.web.report;
