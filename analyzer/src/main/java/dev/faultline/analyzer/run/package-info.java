/** Running the rules against Neo4j: the one package of this module, with inventory, that uses the driver. */
package dev.faultline.analyzer.run;
