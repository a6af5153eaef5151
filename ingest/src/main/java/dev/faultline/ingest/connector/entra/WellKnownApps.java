package dev.faultline.ingest.connector.entra;

import java.util.Locale;
import java.util.Map;

/** Names and system kinds of the Microsoft applications and Conditional Access app literals policies name. */
final class WellKnownApps {

    static final String EXCHANGE_ONLINE = "00000002-0000-0ff1-ce00-000000000000";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(EXCHANGE_ONLINE, "Office 365 Exchange Online"),
            Map.entry("00000003-0000-0ff1-ce00-000000000000", "Office 365 SharePoint Online"),
            Map.entry("00000003-0000-0000-c000-000000000000", "Microsoft Graph"),
            Map.entry("797f4846-ba00-4fd7-ba43-dac1f8f63013", "Windows Azure Service Management API"),
            Map.entry("c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "Azure Portal"),
            Map.entry("d4ebce55-015a-49b5-a083-c84d1797ae8c", "Microsoft Intune Enrollment"),
            Map.entry("0000000a-0000-0000-c000-000000000000", "Microsoft Intune"),
            Map.entry("00000002-0000-0000-c000-000000000000", "Windows Azure Active Directory"),
            Map.entry("cc15fd57-2c6c-4117-a88c-83b1d56b4bbe", "Microsoft Teams Services"),
            Map.entry("1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams"),
            Map.entry("office365", "Office 365 (app group)"),
            Map.entry("microsoftadminportals", "Microsoft Admin Portals (app group)"));

    private WellKnownApps() {
    }

    /** The name of a well-known app id or literal; null when not known. */
    static String name(String appId) {
        return NAMES.get(appId.toLowerCase(Locale.ROOT));
    }

    /** Whether the app belongs to Conditional Access's {@code Office365} app group (the main ones). */
    static boolean office365(String appId) {
        return java.util.Set.of(EXCHANGE_ONLINE, "00000003-0000-0ff1-ce00-000000000000", "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe",
                "1fec8e78-bce4-4aaf-ab1b-5451cc387264").contains(appId.toLowerCase(Locale.ROOT));
    }

    /** The bundle system kind: Exchange Online is a mailbox service, portals and management APIs admin portals. */
    static String kind(String appId) {
        return switch (appId.toLowerCase(Locale.ROOT)) {
            case EXCHANGE_ONLINE -> "mailbox";
            case "microsoftadminportals", "c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "797f4846-ba00-4fd7-ba43-dac1f8f63013" -> "admin-portal";
            default -> "application";
        };
    }
}
