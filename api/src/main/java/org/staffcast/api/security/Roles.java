package org.staffcast.api.security;

/**
 * The API roles. ADMIN may do everything; PLANNER edits master data, imports history, runs forecasts and computes
 * requirements; MANAGER adjusts forecasts; HR_READ only reads. Every role may read.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PLANNER = "PLANNER";
    public static final String MANAGER = "MANAGER";
    public static final String HR_READ = "HR_READ";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, PLANNER, MANAGER, HR_READ);

    private Roles() {
    }
}
