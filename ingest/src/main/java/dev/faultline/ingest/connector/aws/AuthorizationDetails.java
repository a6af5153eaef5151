package dev.faultline.ingest.connector.aws;

import java.util.List;

/** What one {@code get-account-authorization-details} export holds, as the connector uses it. */
record AuthorizationDetails(List<IamUser> users, List<IamGroup> groups, List<IamRole> roles) {
}
