package dev.faultline.ingest.connector.entra;

import java.util.Locale;
import java.util.Map;

import dev.faultline.ingest.bundle.BundleSchema;

/** Sign-in {@code clientAppUsed} (and {@code authenticationProtocol}) to the bundle's auth path protocol. */
final class Protocols {

    private static final Map<String, String> BY_CLIENT_APP = Map.ofEntries(
            Map.entry("browser", "oidc"),
            Map.entry("mobile apps and desktop clients", "oauth"),
            Map.entry("exchange activesync", "exchange-activesync"),
            Map.entry("imap4", "imap"), Map.entry("imap", "imap"),
            Map.entry("pop3", "pop3"), Map.entry("pop", "pop3"),
            Map.entry("authenticated smtp", "smtp-auth"), Map.entry("smtp", "smtp-auth"),
            Map.entry("exchange web services", "ews-basic"),
            Map.entry("mapi over http", "mapi-basic"), Map.entry("outlook anywhere (rpc over http)", "mapi-basic"),
            Map.entry("offline address book", "other-clients"), Map.entry("autodiscover", "other-clients"),
            Map.entry("other clients", "other-clients"), Map.entry("reporting web services", "other-clients"),
            Map.entry("universal outlook", "other-clients"),
            Map.entry("exchange online powershell", "basic-auth"), Map.entry("exchange remote powershell", "basic-auth"));

    private Protocols() {
    }

    /**
     * The protocol of a sign-in: ROPC when {@code authenticationProtocol} says so, else by
     * {@code clientAppUsed}; a client app this table does not know, or none, is {@code oauth}.
     */
    static String of(String clientAppUsed, String authenticationProtocol) {
        if ("ropc".equalsIgnoreCase(authenticationProtocol)) {
            return "ropc";
        }
        if (clientAppUsed == null) {
            return "oauth";
        }
        return BY_CLIENT_APP.getOrDefault(clientAppUsed.strip().toLowerCase(Locale.ROOT), "oauth");
    }

    static boolean legacy(String protocol) {
        return BundleSchema.LEGACY_PROTOCOLS.contains(protocol);
    }

    /** The protocol a legacy Conditional Access client app type stands for on an auth path. */
    static String ofClientType(String clientType) {
        return clientType.equals("exchange-activesync") ? "exchange-activesync" : "other-clients";
    }
}
