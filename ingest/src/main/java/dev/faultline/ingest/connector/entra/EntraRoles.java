package dev.faultline.ingest.connector.entra;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in Entra directory roles by template id: their names, and which are privileged (can take
 * over the tenant, its identities, their credentials or their Conditional Access).
 */
final class EntraRoles {

    private static final Map<String, String> PRIVILEGED = Map.ofEntries(
            Map.entry("62e90394-69f5-4237-9190-012177145e10", "Global Administrator"),
            Map.entry("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator"),
            Map.entry("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"),
            Map.entry("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator"),
            Map.entry("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"),
            Map.entry("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
            Map.entry("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"),
            Map.entry("c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator"),
            Map.entry("7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "Privileged Authentication Administrator"),
            Map.entry("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator"),
            Map.entry("158c047a-c907-4556-b7ef-446551a6b5f7", "Cloud Application Administrator"),
            Map.entry("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "Conditional Access Administrator"),
            Map.entry("8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", "Hybrid Identity Administrator"),
            Map.entry("966707d0-3269-4727-9be2-8c3a10f19b9d", "Password Administrator"),
            Map.entry("0526716b-113d-4c15-b2c8-68e3c22b9f80", "Authentication Policy Administrator"),
            Map.entry("be2f45a1-457d-42af-a067-6ec1fa63bc45", "External Identity Provider Administrator"),
            Map.entry("3a2c62db-5318-420d-8d74-23affee5d9d5", "Intune Administrator"),
            Map.entry("7698a772-787b-4ac8-901f-60d6b08affd2", "Cloud Device Administrator"),
            Map.entry("9f06204d-73c1-4d4c-880a-6edb90606fd8", "Azure AD Joined Device Local Administrator"),
            Map.entry("e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8", "Partner Tier2 Support"),
            Map.entry("8329153b-31d0-4727-b945-745eb3bc5f31", "Domain Name Administrator"),
            Map.entry("17315797-102d-40b4-93e0-432062caca18", "Compliance Administrator"),
            Map.entry("69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator"),
            Map.entry("11648597-926c-4cf3-9c36-bcebb0ba8dcc", "Power Platform Administrator"));

    private static final Map<String, String> OTHER = Map.ofEntries(
            Map.entry("f2ef992c-3afb-46b9-b7cf-a126ee74c451", "Global Reader"),
            Map.entry("5d6b6bb7-de71-4623-b4af-96380a352509", "Security Reader"),
            Map.entry("b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"),
            Map.entry("fdd7a751-b60b-444a-984c-02652fe8fa1c", "Groups Administrator"),
            Map.entry("4a5d8f65-41da-4de4-8968-e035b65339cf", "Reports Reader"),
            Map.entry("5f2222b1-57c3-48ba-8ad5-d4759f1fde6f", "Security Operator"),
            Map.entry("e8cef6f1-e4bd-4ea8-bc07-4b8d950f4477", "Desktop Analytics Administrator"),
            Map.entry("d29b2b05-8046-44ba-8758-1e26182fcf32", "Directory Synchronization Accounts"));

    private EntraRoles() {
    }

    static boolean privileged(String templateId) {
        return templateId != null && PRIVILEGED.containsKey(templateId.toLowerCase(Locale.ROOT));
    }

    static Optional<String> name(String templateId) {
        String id = templateId.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(PRIVILEGED.getOrDefault(id, OTHER.get(id)));
    }

    /** The template id of a built-in role by its display name (ScubaGear lists roles by name). */
    static Optional<String> templateId(String displayName) {
        return java.util.stream.Stream.concat(PRIVILEGED.entrySet().stream(), OTHER.entrySet().stream())
                .filter(e -> e.getValue().equalsIgnoreCase(displayName)).map(Map.Entry::getKey).findFirst();
    }
}
