package dev.faultline.ingest.generate;

import java.util.List;

/**
 * Everything about one generated tenant that more than one file needs: its keys, its company, how
 * its identities are laid out, how many groups and systems it has, and how it relates to its
 * neighbours (the AD domain synced into it, the sister tenant whose people it shares).
 */
final class TenantPlan {

    static final int IDENTITY_WIDTH = 7;
    static final int GROUP_WIDTH = 6;
    static final int SYSTEM_WIDTH = 5;

    /** Special groups; department groups follow. */
    static final int ADMINS_GROUP = 0;
    static final int HELPDESK_GROUP = 1;
    static final int SERVICE_ACCOUNTS_GROUP = 2;
    static final int MFA_EXEMPT_GROUP = 3;
    static final int LEGACY_MAIL_GROUP = 4;
    static final int FIRST_DEPARTMENT = 5;

    private final int index;
    private final TenantKind kind;
    private final Company company;
    private final String id;
    private final IdentityBlocks blocks;
    private final Neighbours neighbours;
    private final int groups;
    private final List<SystemCatalog.Spec> systems;
    private final TenantIdentity identity;
    private final List<PolicyPlan> policies;

    /**
     * The tenants whose identities this one shares.
     *
     * @param syncSource    the AD tenant synced into this Entra tenant, -1 when none
     * @param syncedMembers members [0, syncedMembers) of this tenant are synced from that AD's members
     * @param partner       the sister tenant of the same company whose members some of ours also are, -1
     */
    record Neighbours(int syncSource, int syncedMembers, int partner) {
        static final Neighbours NONE = new Neighbours(-1, 0, -1);
    }

    TenantPlan(int index, TenantKind kind, Company company, IdentityBlocks blocks, Neighbours neighbours,
               TenantIdentity identity, List<SystemCatalog.Spec> systems, List<PolicyPlan> policies) {
        this.index = index;
        this.kind = kind;
        this.company = company;
        this.id = company.slug() + "-" + kind.label();
        this.blocks = blocks;
        this.neighbours = neighbours;
        this.groups = Math.max(8, Math.round(blocks.total() / 50f));
        this.systems = List.copyOf(systems);
        this.identity = identity;
        this.policies = List.copyOf(policies);
    }

    int index() {
        return index;
    }

    TenantKind kind() {
        return kind;
    }

    Company company() {
        return company;
    }

    /** The tenant's key, such as {@code acme-entra}. */
    String id() {
        return id;
    }

    IdentityBlocks blocks() {
        return blocks;
    }

    Neighbours neighbours() {
        return neighbours;
    }

    TenantIdentity identity() {
        return identity;
    }

    List<PolicyPlan> policies() {
        return policies;
    }

    int identities() {
        return blocks.total();
    }

    int groups() {
        return groups;
    }

    int departments() {
        return groups - FIRST_DEPARTMENT;
    }

    int systems() {
        return systems.size();
    }

    SystemCatalog.Spec system(int index) {
        return systems.get(index);
    }

    /** The mail service (system 0), or -1 when the tenant has none. */
    int mailSystem() {
        return kind.hasMailbox() ? SystemCatalog.MAIL : -1;
    }

    RoleCatalog roles() {
        return RoleCatalog.of(kind);
    }

    /** {@code <tenant>/u/} for people, {@code <tenant>/n/} for non-human identities. */
    String identityPrefix(int identity) {
        return identity < blocks.humans() ? this.identity.humanPrefix() : this.identity.nonHumanPrefix();
    }

    String identityKey(int identity) {
        return Text.padded(identityPrefix(identity), identity, IDENTITY_WIDTH);
    }

    String groupKey(int group) {
        return Text.padded(this.identity.groupPrefix(), group, GROUP_WIDTH);
    }

    String systemKey(int system) {
        return Text.padded(this.identity.systemPrefix(), system, SYSTEM_WIDTH);
    }

    String roleKey(int role) {
        return id + "/role/" + roles().role(role).slug();
    }

    String policyKey(int policy) {
        return Text.padded(id + "/p/", policy, 3);
    }

}
