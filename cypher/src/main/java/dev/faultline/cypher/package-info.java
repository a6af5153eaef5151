/** The graph contract: every Cypher statement Faultline runs, as resources, with a small loader. */
package dev.faultline.cypher;
