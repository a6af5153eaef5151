package dev.faultline.analyzer.whatif;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analyzer.run.OverlayAnalyzer.Write;

/** One planned integration change of a scenario; {@link #write} is the overlay statement that makes it. */
public sealed interface Change {

    /** A key the change names, the field that names it and the label the node must have. */
    record Reference(String field, String key, String label) {
    }

    /** The change type as written in scenario files ({@code add-trust}...). */
    String type();

    /** The keys it refers to, checked against the graph before anything runs. */
    List<Reference> references();

    /** The overlay write; {@code id} is unique within the scenario (its generated keys use it). */
    Write write(String id, String scenario, OffsetDateTime now);

    /** The trusting tenant accepts the trusted tenant's identities (and, when mfaAccepted, its MFA claims). */
    record AddTrust(String trusting, String trusted, String kind, String direction, boolean mfaAccepted) implements Change {
        @Override
        public String type() {
            return "add-trust";
        }

        @Override
        public List<Reference> references() {
            return List.of(new Reference("trusting", trusting, "Tenant"), new Reference("trusted", trusted, "Tenant"));
        }

        @Override
        public Write write(String id, String scenario, OffsetDateTime now) {
            return trust(id, scenario, trusting, trusted, kind, direction, mfaAccepted, null);
        }
    }

    /** Cross-tenant (or directory) sync from one tenant into another: the receiving tenant trusts the source. */
    record EnableSync(String from, String to, String kind) implements Change {
        @Override
        public String type() {
            return "enable-sync";
        }

        @Override
        public List<Reference> references() {
            return List.of(new Reference("from", from, "Tenant"), new Reference("to", to, "Tenant"));
        }

        @Override
        public Write write(String id, String scenario, OffsetDateTime now) {
            return trust(id, scenario, to, from, kind, "one-way", false, true);
        }
    }

    /** Identities (listed, or the members of a group) move to another tenant. */
    record MoveIdentities(List<String> identities, String group, String toTenant) implements Change {
        public MoveIdentities {
            identities = List.copyOf(identities);
        }

        @Override
        public String type() {
            return "move-identities";
        }

        @Override
        public List<Reference> references() {
            List<Reference> refs = new java.util.ArrayList<>();
            identities.forEach(i -> refs.add(new Reference("identities", i, "Identity")));
            if (group != null) {
                refs.add(new Reference("group", group, "Group"));
            }
            refs.add(new Reference("toTenant", toTenant, "Tenant"));
            return refs;
        }

        @Override
        public Write write(String id, String scenario, OffsetDateTime now) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("identities", identities);
            parameters.put("group", group);
            parameters.put("toTenant", toTenant);
            return new Write("whatif/move-identities", parameters);
        }
    }

    /** Legacy protocols blocked for a tenant: all of them, or those listed. */
    record BlockLegacy(String tenant, List<String> protocols) implements Change {
        public BlockLegacy {
            protocols = protocols == null ? null : List.copyOf(protocols);
        }

        @Override
        public String type() {
            return "block-legacy";
        }

        @Override
        public List<Reference> references() {
            return List.of(new Reference("tenant", tenant, "Tenant"));
        }

        @Override
        public Write write(String id, String scenario, OffsetDateTime now) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("tenant", tenant);
            parameters.put("protocols", protocols);
            return new Write("whatif/block-legacy", parameters);
        }
    }

    /** A policy exclusion withdrawn. */
    record RemoveException(String key) implements Change {
        @Override
        public String type() {
            return "remove-exception";
        }

        @Override
        public List<Reference> references() {
            return List.of(new Reference("key", key, "Exception"));
        }

        @Override
        public Write write(String id, String scenario, OffsetDateTime now) {
            return new Write("whatif/remove-exception", Map.of("key", key));
        }
    }

    /** A secret rotated now: new, valid one year, not leaked. */
    record RotateCredential(String key) implements Change {
        @Override
        public String type() {
            return "rotate-credential";
        }

        @Override
        public List<Reference> references() {
            return List.of(new Reference("key", key, "Credential"));
        }

        @Override
        public Write write(String id, String scenario, OffsetDateTime now) {
            return new Write("whatif/rotate-credential", Map.of("key", key, "now", now));
        }
    }

    /** A secret revoked (inactive). */
    record RetireCredential(String key) implements Change {
        @Override
        public String type() {
            return "retire-credential";
        }

        @Override
        public List<Reference> references() {
            return List.of(new Reference("key", key, "Credential"));
        }

        @Override
        public Write write(String id, String scenario, OffsetDateTime now) {
            return new Write("whatif/retire-credential", Map.of("key", key));
        }
    }

    private static Write trust(String id, String scenario, String trusting, String trusted, String kind,
            String direction, boolean mfaAccepted, Boolean syncEnabled) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", "whatif/" + scenario + "/" + id);
        parameters.put("trusting", trusting);
        parameters.put("trusted", trusted);
        parameters.put("kind", kind);
        parameters.put("direction", direction);
        parameters.put("mfaAccepted", mfaAccepted);
        parameters.put("syncEnabled", syncEnabled);
        parameters.put("source", "whatif:" + scenario);
        return new Write("whatif/add-trust", parameters);
    }
}
