/** Analyzer: reads the graph; inventory statistics now, MFA bypass rules next. */
package dev.faultline.analyzer;
