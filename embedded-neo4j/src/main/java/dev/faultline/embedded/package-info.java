/** A real Neo4j 5.26 in this JVM for when no server is configured: data on disk, Bolt on 127.0.0.1 only. */
package dev.faultline.embedded;
