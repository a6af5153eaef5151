package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The twins of a human account once the bundle is loaded: every other account linked to it by
 * SAME_AS, whether the bundle wrote the link (identity_links.csv: synced, admin account, guest-of,
 * sister tenant) or identity resolution derives it after the load (two accounts of one person in
 * two tenants with the same employee id, upn or e-mail). Computed from the same pure functions
 * that name the accounts, so nothing is held per identity. Non-human identities, break-glass
 * accounts and external guests have none.
 */
final class Twins {

    private final Enterprise enterprise;
    private final People people;
    private final HumanAccounts accounts;

    Twins(Enterprise enterprise) {
        this.enterprise = enterprise;
        this.people = enterprise.people();
        this.accounts = new HumanAccounts(enterprise);
    }

    /** Packed (tenant, index) of every account linked to account {@code index} of tenant {@code t}. */
    List<Long> of(int t, int index) {
        List<Long> twins = new ArrayList<>();
        TenantPlan tenant = enterprise.tenant(t);
        IdentityKind kind = tenant.blocks().kindOf(index);
        if (!kind.human() || kind == IdentityKind.BREAK_GLASS || external(t, index, kind)) {
            return twins;
        }
        long self = People.pack(t, index);
        Account mine = account(self);
        for (long other : accountsOf(people.personOf(t, index))) {
            if (other != self && linked(self, mine, other)) {
                twins.add(other);
            }
        }
        return twins;
    }

    /** A guest that stands for nobody in the enterprise (a partner's employee). */
    boolean external(int t, int index, IdentityKind kind) {
        return kind == IdentityKind.GUEST && people.personOf(t, index) == People.pack(t, index);
    }

    /** Every account of a person: member accounts (origin, synced, sister tenant), their admin accounts, their guests. */
    List<Long> accountsOf(long person) {
        List<Long> all = new ArrayList<>();
        int origin = People.tenantOf(person);
        int index = People.indexOf(person);
        TenantPlan tenant = enterprise.tenant(origin);
        if (tenant.blocks().kindOf(index) != IdentityKind.MEMBER) {
            all.add(person);
            return all;
        }
        List<Long> members = new ArrayList<>();
        members.add(person);
        int offset = index - tenant.blocks().start(IdentityKind.MEMBER);
        if (origin > 0) {
            TenantPlan entra = enterprise.tenant(origin - 1);
            if (entra.neighbours().syncSource() == origin && offset < entra.neighbours().syncedMembers()) {
                members.add(People.pack(origin - 1, entra.blocks().start(IdentityKind.MEMBER) + offset));
            }
        }
        if (origin + 1 < enterprise.tenants().size()) {
            TenantPlan sister = enterprise.tenant(origin + 1);
            int member = sister.blocks().start(IdentityKind.MEMBER) + offset;
            if (sister.neighbours().partner() == origin && offset < sister.blocks().count(IdentityKind.MEMBER)
                    && people.sharedWithPartner(sister, member)) {
                members.add(People.pack(origin + 1, member));
            }
        }
        for (long member : members) {
            all.add(member);
            TenantPlan home = enterprise.tenant(People.tenantOf(member));
            int k = People.indexOf(member) - home.blocks().start(IdentityKind.MEMBER);
            if (k < home.blocks().count(IdentityKind.ADMIN)) {
                all.add(People.pack(home.index(), home.blocks().start(IdentityKind.ADMIN) + k));
            }
            guests(member, all);
        }
        return all;
    }

    private void guests(long member, List<Long> all) {
        int t = People.tenantOf(member);
        TenantPlan home = enterprise.tenant(t);
        int k = People.indexOf(member) - home.blocks().start(IdentityKind.MEMBER);
        if (t == 0) {
            for (TenantPlan other : enterprise.tenants()) {
                if (other.index() != 0 && k < other.blocks().count(IdentityKind.GUEST)
                        && people.guestOrigin(other.index(), k) == member) {
                    all.add(People.pack(other.index(), other.blocks().start(IdentityKind.GUEST) + k));
                }
            }
            return;
        }
        int[] origins = people.hubGuestOrigins();
        for (int p = 0; p < origins.length; p++) {
            if (origins[p] == t) {
                long guest = (long) k * origins.length + p;
                TenantPlan hub = enterprise.hub();
                if (guest < hub.blocks().count(IdentityKind.GUEST) && people.guestOrigin(0, (int) guest) == member) {
                    all.add(People.pack(0, hub.blocks().start(IdentityKind.GUEST) + (int) guest));
                }
            }
        }
    }

    private boolean linked(long a, Account mine, long b) {
        if (bundleLinked(a, b) || bundleLinked(b, a)) {
            return true;
        }
        if (People.tenantOf(a) == People.tenantOf(b)) {
            return false;
        }
        Account theirs = account(b);
        return same(mine.employeeId(), theirs.employeeId()) || same(mine.upn(), theirs.upn())
                || same(mine.email(), theirs.email());
    }

    /** A link identity_links.csv writes from a to b. */
    private boolean bundleLinked(long a, long b) {
        int ta = People.tenantOf(a);
        int tb = People.tenantOf(b);
        TenantPlan from = enterprise.tenant(ta);
        TenantPlan to = enterprise.tenant(tb);
        IdentityKind ka = from.blocks().kindOf(People.indexOf(a));
        IdentityKind kb = to.blocks().kindOf(People.indexOf(b));
        int oa = People.indexOf(a) - from.blocks().start(ka);
        int ob = People.indexOf(b) - to.blocks().start(kb);
        if (ka == IdentityKind.MEMBER && kb == IdentityKind.ADMIN) {
            return ta == tb && oa == ob;
        }
        if (ka == IdentityKind.MEMBER && kb == IdentityKind.GUEST) {
            return people.guestOrigin(tb, ob) == a;
        }
        if (ka == IdentityKind.MEMBER && kb == IdentityKind.MEMBER && oa == ob) {
            return to.neighbours().syncSource() == ta && ob < to.neighbours().syncedMembers()
                    || to.neighbours().partner() == ta && people.sharedWithPartner(to, People.indexOf(b));
        }
        return false;
    }

    private Account account(long packed) {
        TenantPlan tenant = enterprise.tenant(People.tenantOf(packed));
        int index = People.indexOf(packed);
        return accounts.account(tenant, index, tenant.blocks().kindOf(index));
    }

    private static boolean same(String a, String b) {
        return a != null && Objects.equals(a, b);
    }
}
