package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Users as identities. Kind, first that applies: {@code break-glass} (declared in Maester's
 * EmergencyAccessAccounts, or a member of a declared group or of a group named like
 * "BreakGlass"/"Emergency Access"), {@code service-account} (a member of a group named like
 * "ServiceAccounts": the baseline's convention, the only evidence an export has), {@code admin} (holds a
 * privileged role, active or eligible, directly or through a group; or registration says isAdmin),
 * {@code guest} (userType Guest), else {@code member}.
 */
final class UserRows {

    private static final Pattern BREAK_GLASS = Pattern.compile("break.?glass|emergency.?access", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERVICE_ACCOUNTS = Pattern.compile("service.?accounts?", Pattern.CASE_INSENSITIVE);

    private UserRows() {
    }

    static void write(RowContext ctx) {
        Directory dir = ctx.dir;
        for (Directory.Registration reg : dir.registrations.values()) {
            if (dir.userByIdOrUpn(reg.userId(), reg.upn()) == null) {
                dir.users.put(reg.userId(), Directory.User.minimal(reg.userId(), reg.upn(), reg.displayName(), reg.userType(), false));
            }
        }
        for (Directory.SignIn signIn : dir.signIns) {
            String id = signIn.userId() != null ? signIn.userId() : Directory.id(signIn.upn());
            if (!signIn.servicePrincipal() && signIn.success() && id != null && dir.userByIdOrUpn(signIn.userId(), signIn.upn()) == null) {
                dir.users.put(id, Directory.User.minimal(id, signIn.upn(), signIn.userName(), null, false));
            }
        }
        for (Directory.User user : dir.users.values()) {
            write(ctx, user);
        }
        for (String id : dir.breakGlassIds) {
            if (!dir.users.containsKey(id) && !dir.groups.containsKey(id)) {
                ctx.ensureUser(id, null, null, "break-glass");
            }
        }
        for (String upn : dir.breakGlassUpns) {
            if (dir.userByIdOrUpn(null, upn) == null) {
                ctx.ensureUser(upn, upn, null, "break-glass");
            }
        }
    }

    private static void write(RowContext ctx, Directory.User user) {
        String key = ctx.keys.user(user.id());
        if (!ctx.claim(key)) {
            return;
        }
        Directory.Registration reg = registration(ctx.dir, user);
        IdentityPosture posture = Postures.of(ctx, user, reg);
        ctx.postures.put(key, posture);
        ctx.rows.add("identities.csv").set("id", key).set("tenant", ctx.keys.tenant()).set("kind", kind(ctx, user, reg))
                .set("name", first(user.upn(), user.displayName(), user.id())).set("display_name", user.displayName())
                .set("email", user.mail()).set("upn", user.upn())
                .set("status", Boolean.FALSE.equals(user.enabled()) ? "disabled" : null)
                .set("synced", user.synced()).set("on_prem_sid", user.onPremSid()).set("employee_id", user.employeeId())
                .set("mfa_registered", reg == null ? null : reg.mfaRegistered())
                .set("mfa_methods", reg == null ? null : methods(reg.methods()))
                .set("created", user.created()).set("last_sign_in", lastSignIn(ctx.dir, user, false))
                .set("last_interactive_sign_in", lastSignIn(ctx.dir, user, true)).set("source_id", user.id())
                .set("legacy_auth_allowed", posture.legacyAllowed()).set("legacy_auth_last_used", posture.legacyLastUsed());
    }

    static String kind(RowContext ctx, Directory.User user, Directory.Registration reg) {
        Directory dir = ctx.dir;
        Set<String> groups = ctx.coverage.groupsOf(user.id());
        boolean declared = dir.breakGlassIds.contains(user.id())
                || (user.upn() != null && dir.breakGlassUpns.contains(user.upn().toLowerCase(Locale.ROOT)))
                || groups.stream().anyMatch(dir.breakGlassIds::contains);
        if (declared || groups.stream().anyMatch(g -> named(dir, g, BREAK_GLASS))) {
            return "break-glass";
        }
        if (groups.stream().anyMatch(g -> named(dir, g, SERVICE_ACCOUNTS))) {
            return "service-account";
        }
        Set<String> holders = new LinkedHashSet<>(groups);
        holders.add(user.id());
        boolean privileged = dir.roleGrants.stream()
                .anyMatch(g -> holders.contains(g.principalId()) && EntraRoles.privileged(g.roleTemplateId()));
        if (privileged || (reg != null && Boolean.TRUE.equals(reg.isAdmin()))) {
            return "admin";
        }
        return "guest".equals(user.userType()) ? "guest" : "member";
    }

    private static boolean named(Directory dir, String groupId, Pattern pattern) {
        Directory.Group group = dir.groups.get(groupId);
        String name = group != null ? group.name() : dir.knownNames.get(groupId);
        return name != null && pattern.matcher(name).find();
    }

    static Directory.Registration registration(Directory dir, Directory.User user) {
        Directory.Registration byId = dir.registrations.get(user.id());
        if (byId != null || user.upn() == null) {
            return byId;
        }
        return dir.registrations.values().stream().filter(r -> user.upn().equalsIgnoreCase(r.upn())).findFirst().orElse(null);
    }

    /**
     * The latest of signInActivity and the user's successful sign-ins in the logs; with
     * {@code interactive}, of the interactive ones only (signInActivity.lastSignInDateTime).
     */
    private static OffsetDateTime lastSignIn(Directory dir, Directory.User user, boolean interactive) {
        OffsetDateTime latest = interactive ? user.lastInteractiveSignIn() : user.lastSignIn();
        for (Directory.SignIn signIn : dir.signIns) {
            boolean mine = !signIn.servicePrincipal() && (user.id().equals(signIn.userId())
                    || (user.upn() != null && user.upn().equalsIgnoreCase(signIn.upn())));
            boolean counts = mine && signIn.success() && signIn.when() != null && (!interactive || signIn.interactive());
            if (counts && (latest == null || signIn.when().isAfter(latest))) {
                latest = signIn.when();
            }
        }
        return latest;
    }

    /** userRegistrationDetails method names to the bundle's; methods with no bundle name are dropped. */
    static List<String> methods(List<String> graph) {
        Set<String> out = new LinkedHashSet<>();
        for (String method : graph) {
            String m = method.toLowerCase(Locale.ROOT);
            if (m.contains("passkey")) {
                out.add("passkey");
            } else if (m.startsWith("microsoftauthenticator")) {
                out.add("push");
            } else if (m.contains("onetimepasscode") || m.contains("oath")) {
                out.add("totp");
            } else if (m.equals("mobilephone") || m.equals("alternatemobilephone")) {
                out.add("sms");
            } else if (m.equals("officephone")) {
                out.add("voice");
            } else if (m.equals("email")) {
                out.add("email");
            } else if (m.startsWith("fido2")) {
                out.add("fido2");
            } else if (m.startsWith("windowshello")) {
                out.add("windows-hello");
            } else if (m.contains("certificate")) {
                out.add("certificate");
            } else if (m.contains("temporaryaccesspass")) {
                out.add("tap");
            }
        }
        return List.copyOf(out);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
