/**
 * The Ingest page (analysts and admins): upload a bundle or an export, watch it load, read the run
 * history, start an analysis.
 */
package dev.faultline.app.web.ingest;
