/**
 * The findings pages: the filtered, sorted and paged list of a run's findings with its CSV and JSON
 * exports, and one finding in full with its path drawn as a graph.
 */
package dev.faultline.app.web.findings;
