/** The dashboard: the latest analysis's scores and counts, the trend over runs, the last runs. */
package dev.faultline.app.web.dashboard;
