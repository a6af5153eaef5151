package dev.faultline.ingest.connector.aws;

/**
 * An IAM group of {@code GroupDetailList}.
 *
 * @param admin an attached or inline policy makes its members administrators
 */
record IamGroup(String account, String name, String arn, boolean admin) {
}
