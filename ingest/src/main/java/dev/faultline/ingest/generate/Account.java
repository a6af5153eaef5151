package dev.faultline.ingest.generate;

/**
 * The naming columns of one identities.csv row; null where unknown.
 *
 * @param onPremSid the AD SID: of the account itself in an AD tenant, of its source when synced
 */
record Account(String name, String displayName, String email, String upn, boolean synced,
               String onPremSid, String employeeId) {
}
