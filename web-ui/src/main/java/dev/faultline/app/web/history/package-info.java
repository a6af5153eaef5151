/** The run history page ({@code /runs}): every analysis run, score trends, and the diff of two runs. */
package dev.faultline.app.web.history;
