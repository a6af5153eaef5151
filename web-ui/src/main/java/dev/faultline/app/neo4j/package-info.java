/** The single place in the application that opens the Neo4j connection (server, cluster or embedded). */
package dev.faultline.app.neo4j;
