package dev.faultline.ingest.connector.aws;

import java.util.List;

/**
 * An IAM role of {@code RoleDetailList}.
 *
 * @param admin  an attached or inline policy makes whoever assumes it an administrator
 * @param grants who its trust policy lets assume it
 */
record IamRole(String account, String name, String arn, boolean admin, List<TrustGrant> grants) {
}
