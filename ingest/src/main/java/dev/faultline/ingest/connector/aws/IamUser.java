package dev.faultline.ingest.connector.aws;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An IAM user of {@code UserDetailList}.
 *
 * @param groups names of the groups it is in
 * @param admin  an attached or inline policy makes it an administrator
 */
record IamUser(String account, String name, String arn, OffsetDateTime created, List<String> groups, boolean admin) {
}
