package dev.faultline.ingest.generate;

import dev.faultline.ingest.generate.Draw.Salt;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is behind a human account. An account is either the origin of a person or another account of
 * a person whose origin is elsewhere: an Entra member synced from an AD member, an admin account of
 * a member, a B2B guest of someone in another company, an AWS or GitHub member who is also in the
 * sister Okta or Google tenant. Names, e-mail and employee ids come from the origin, so linked
 * accounts agree. A person is a packed (tenant, index) long.
 */
final class People {

    private static final double PARTNER_SHARE = 0.6;
    private static final double MAPPED_GUEST_SHARE = 0.75;

    private final List<TenantPlan> tenants;
    private final Draw draw;
    private final int[] nameBase;
    private final int[] hubGuestOrigins;

    People(List<TenantPlan> tenants, Draw draw) {
        this.tenants = tenants;
        this.draw = draw;
        this.nameBase = nameBases(tenants);
        this.hubGuestOrigins = guestOriginTenants(tenants);
    }

    static long pack(int tenant, int index) {
        return (long) tenant << 32 | index;
    }

    static int tenantOf(long person) {
        return (int) (person >>> 32);
    }

    static int indexOf(long person) {
        return (int) person;
    }

    /** The origin account of the person behind human account {@code index} of tenant {@code t}. */
    long personOf(int t, int index) {
        TenantPlan tenant = tenants.get(t);
        IdentityBlocks blocks = tenant.blocks();
        return switch (blocks.kindOf(index)) {
            case MEMBER -> memberOrigin(tenant, index);
            case ADMIN -> adminOrigin(tenant, index);
            case GUEST -> {
                long origin = guestOrigin(t, index - blocks.start(IdentityKind.GUEST));
                yield origin < 0 ? pack(t, index) : personOf(tenantOf(origin), indexOf(origin));
            }
            default -> pack(t, index);
        };
    }

    /** The member (of another company) that guest number {@code guest} of tenant t stands for, or -1. */
    long guestOrigin(int t, int guest) {
        int[] candidates = t == 0 ? hubGuestOrigins : new int[] {0};
        if (candidates.length == 0 || draw.unit(Salt.GUEST, t, guest) >= MAPPED_GUEST_SHARE) {
            return -1;
        }
        TenantPlan origin = tenants.get(candidates[guest % candidates.length]);
        int member = guest / candidates.length;
        IdentityBlocks blocks = origin.blocks();
        return member < blocks.count(IdentityKind.MEMBER)
                ? pack(origin.index(), blocks.start(IdentityKind.MEMBER) + member) : -1;
    }

    /** Acquired cloud directories whose members appear as guests in the hub, in the order guests cycle through them. */
    int[] hubGuestOrigins() {
        return hubGuestOrigins.clone();
    }

    /** Whether member account {@code index} belongs to a person whose origin is the sister tenant. */
    boolean sharedWithPartner(TenantPlan tenant, int index) {
        int partner = tenant.neighbours().partner();
        if (partner < 0) {
            return false;
        }
        int member = index - tenant.blocks().start(IdentityKind.MEMBER);
        return member < tenants.get(partner).blocks().count(IdentityKind.MEMBER)
                && draw.unit(Salt.PARTNER, tenant.index(), member) < PARTNER_SHARE;
    }

    PersonName name(long person) {
        TenantPlan origin = tenants.get(tenantOf(person));
        return PersonName.of(origin.company().index(), nameBase[origin.index()] + indexOf(person));
    }

    /** The company mail domain of the person. */
    String domain(long person) {
        return tenants.get(tenantOf(person)).company().domain();
    }

    String employeeId(long person) {
        TenantPlan origin = tenants.get(tenantOf(person));
        return Text.padded(Text.padded("E", origin.company().index(), 2) + "-", nameBase[origin.index()] + indexOf(person), 7);
    }

    private long memberOrigin(TenantPlan tenant, int index) {
        IdentityBlocks blocks = tenant.blocks();
        int member = index - blocks.start(IdentityKind.MEMBER);
        TenantPlan.Neighbours neighbours = tenant.neighbours();
        if (member < neighbours.syncedMembers()) {
            return pack(neighbours.syncSource(), tenants.get(neighbours.syncSource()).blocks().start(IdentityKind.MEMBER) + member);
        }
        if (sharedWithPartner(tenant, index)) {
            return pack(neighbours.partner(), tenants.get(neighbours.partner()).blocks().start(IdentityKind.MEMBER) + member);
        }
        return pack(tenant.index(), index);
    }

    /** Admin account k is the admin account of member k: the same person. */
    private long adminOrigin(TenantPlan tenant, int index) {
        IdentityBlocks blocks = tenant.blocks();
        int admin = index - blocks.start(IdentityKind.ADMIN);
        return admin < blocks.count(IdentityKind.MEMBER)
                ? memberOrigin(tenant, blocks.start(IdentityKind.MEMBER) + admin) : pack(tenant.index(), index);
    }

    /** Within a company, tenants number their people one after the other, so names never repeat. */
    private static int[] nameBases(List<TenantPlan> tenants) {
        int[] bases = new int[tenants.size()];
        for (int t = 1; t < tenants.size(); t++) {
            TenantPlan previous = tenants.get(t - 1);
            boolean sameCompany = previous.company().index() == tenants.get(t).company().index();
            bases[t] = sameCompany ? bases[t - 1] + previous.identities() : 0;
        }
        return bases;
    }

    /** Acquired cloud directories whose members appear as guests in the hub. */
    private static int[] guestOriginTenants(List<TenantPlan> tenants) {
        List<Integer> origins = new ArrayList<>();
        for (TenantPlan tenant : tenants) {
            TenantKind kind = tenant.kind();
            if (tenant.company().acquired() && kind != TenantKind.AD && kind != TenantKind.AWS) {
                origins.add(tenant.index());
            }
        }
        return origins.stream().mapToInt(Integer::intValue).toArray();
    }
}
