/** A real Neo4j for tests: Testcontainers where Docker runs, the embedded Neo4j otherwise. */
package dev.faultline.testsupport;
