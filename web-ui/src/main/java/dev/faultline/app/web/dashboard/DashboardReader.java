package dev.faultline.app.web.dashboard;

/** Reads what the dashboard shows. Blocking: call it off the event loop. */
public interface DashboardReader {

    Dashboard read();
}
