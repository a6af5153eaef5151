package dev.faultline.ingest.connector.aws;

import java.util.Optional;

/**
 * An Amazon Resource Name, {@code arn:partition:service:region:account:resource}.
 *
 * @param service  e.g. {@code iam}, {@code sts}
 * @param account  the 12-digit account id, {@code aws} for AWS managed policies, empty for some services
 * @param resource e.g. {@code user/path/alice}, {@code root}, {@code assumed-role/Admin/session}
 */
record Arn(String partition, String service, String account, String resource) {

    /** The ARN, or empty when {@code text} is not one (a unique id such as {@code AROA...}, a service name). */
    static Optional<Arn> parse(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return Optional.empty();
        }
        String[] parts = text.split(":", 6);
        if (parts.length < 6) {
            return Optional.empty();
        }
        return Optional.of(new Arn(parts[1], parts[2], parts[4], parts[5]));
    }

    /** The resource type: {@code user}, {@code role}, {@code assumed-role}, {@code root}, {@code saml-provider}... */
    String type() {
        int slash = resource.indexOf('/');
        return slash < 0 ? resource : resource.substring(0, slash);
    }

    /** The last path segment of the resource: a user's or role's name (IAM names are unique per account, whatever the path). */
    String name() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** For {@code assumed-role/RoleName/session}: the segment after the type. */
    String segment(int index) {
        String[] parts = resource.split("/");
        return index < parts.length ? parts[index] : "";
    }
}
