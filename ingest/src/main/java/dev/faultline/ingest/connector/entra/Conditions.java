package dev.faultline.ingest.connector.entra;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The conditions of a Conditional Access policy that narrow when it applies, beyond users,
 * applications and client app types. Empty lists, null objects and "include all, exclude nothing"
 * narrow nothing (ScubaGear writes every condition, mostly empty).
 */
final class Conditions {

    private static final String[] RISKS = {"userRiskLevels", "signInRiskLevels", "servicePrincipalRiskLevels",
            "insiderRiskLevels", "agentIdRiskLevels"};

    private Conditions() {
    }

    static List<String> narrowing(JsonNode conditions) {
        List<String> narrowedBy = new ArrayList<>();
        if (conditions == null) {
            return narrowedBy;
        }
        if (partial(Json.get(conditions, "locations"), "includeLocations", "excludeLocations")) {
            narrowedBy.add("locations");
        }
        if (partial(Json.get(conditions, "platforms"), "includePlatforms", "excludePlatforms")) {
            narrowedBy.add("platforms");
        }
        for (String risk : RISKS) {
            if (!Json.strings(conditions, risk).isEmpty()) {
                narrowedBy.add("risk");
                break;
            }
        }
        if (Json.text(conditions, "authenticationFlows", "transferMethods") != null) {
            narrowedBy.add("authenticationFlows");
        }
        if (devices(conditions)) {
            narrowedBy.add("devices");
        }
        if (any(Json.get(conditions, "clientApplications"), "includeServicePrincipals", "excludeServicePrincipals",
                "includeAgentIdServicePrincipals")) {
            narrowedBy.add("clientApplications");
        }
        if (Json.get(conditions, "times") != null && Json.get(conditions, "times").size() > 0) {
            narrowedBy.add("times");
        }
        return narrowedBy;
    }

    private static boolean partial(JsonNode condition, String include, String exclude) {
        if (condition == null) {
            return false;
        }
        List<String> included = Json.strings(condition, include);
        boolean all = included.isEmpty() || included.stream().anyMatch("all"::equalsIgnoreCase);
        return !all || !Json.strings(condition, exclude).isEmpty();
    }

    private static boolean devices(JsonNode conditions) {
        JsonNode devices = Json.get(conditions, "devices");
        JsonNode states = Json.get(conditions, "deviceStates");
        return Json.text(devices, "deviceFilter", "rule") != null
                || any(devices, "includeDevices", "excludeDevices", "includeDeviceStates", "excludeDeviceStates")
                || any(states, "includeStates", "excludeStates");
    }

    private static boolean any(JsonNode node, String... arrays) {
        for (String array : arrays) {
            if (!Json.strings(node, array).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
