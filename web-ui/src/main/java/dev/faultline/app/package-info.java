/** The Spring Boot application that assembles ingest and analyzer: web server and command line. */
package dev.faultline.app;
