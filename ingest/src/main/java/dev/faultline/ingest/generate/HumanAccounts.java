package dev.faultline.ingest.generate;

/** Names human accounts after the person behind them, the way each kind of directory does. */
final class HumanAccounts {

    private static final String[] PARTNER_DOMAINS = {
        "fabrikam.example", "contoso.example", "northwind.example", "tailspin.example",
    };
    private static final int FIRST_RID = 1100;

    private final Enterprise enterprise;
    private final People people;

    HumanAccounts(Enterprise enterprise) {
        this.enterprise = enterprise;
        this.people = enterprise.people();
    }

    /** The SID of account {@code index} of an AD tenant. */
    static String sid(TenantPlan adTenant, int index) {
        return adTenant.identity().domainSid() + "-" + (FIRST_RID + index);
    }

    Account account(TenantPlan tenant, int index, IdentityKind kind) {
        return switch (kind) {
            case BREAK_GLASS -> breakGlass(tenant, index - tenant.blocks().start(kind) + 1);
            case GUEST -> guest(tenant, index);
            case ADMIN -> admin(tenant, index);
            default -> member(tenant, index);
        };
    }

    private Account breakGlass(TenantPlan tenant, int number) {
        String name = Text.padded("breakglass-", number, 2) + "@" + tenant.company().slug() + ".onmicrosoft.com";
        return new Account(name, Text.padded("Emergency Access ", number, 2), null, name, false, null, null);
    }

    private Account guest(TenantPlan tenant, int index) {
        long person = people.personOf(tenant.index(), index);
        boolean external = People.tenantOf(person) == tenant.index() && People.indexOf(person) == index;
        PersonName name = people.name(person);
        String domain = external ? partnerDomain(tenant, index) : people.domain(person);
        String email = name.login() + "@" + domain;
        return switch (tenant.kind()) {
            case ENTRA -> {
                String upn = name.login() + "_" + domain + "#EXT#@" + tenant.company().slug() + ".onmicrosoft.com";
                yield new Account(upn, name.display() + " (Guest)", email, upn, false, null, null);
            }
            case GITHUB -> new Account(name.handle(), name.display(), email, null, false, null, null);
            default -> new Account(email, name.display(), email, email, false, null, null);
        };
    }

    /** A partner company of this company: two companies never share one, so guests' e-mails never collide. */
    private static String partnerDomain(TenantPlan tenant, int index) {
        String partner = PARTNER_DOMAINS[index % PARTNER_DOMAINS.length];
        int company = tenant.company().index();
        return company == 0 ? partner : partner.replace(".example", "-" + company + ".example");
    }

    private Account admin(TenantPlan tenant, int index) {
        long person = people.personOf(tenant.index(), index);
        PersonName name = people.name(person);
        String login = (tenant.kind() == TenantKind.GITHUB ? "adm-" + name.handle() : "adm-" + name.login());
        String upn = hasUpn(tenant.kind()) ? login + "@" + tenant.identity().upnDomain() : null;
        boolean ad = tenant.kind() == TenantKind.AD;
        String signIn = upn == null || ad ? login : upn;
        return new Account(signIn, name.display() + " (admin)", null, upn, false, ad ? sid(tenant, index) : null,
                employeeId(tenant, person));
    }

    private Account member(TenantPlan tenant, int index) {
        long person = people.personOf(tenant.index(), index);
        PersonName name = people.name(person);
        String email = name.login() + "@" + people.domain(person);
        String employeeId = employeeId(tenant, person);
        return switch (tenant.kind()) {
            case ENTRA -> syncedOrCloud(tenant, index, name, email, employeeId);
            case AD -> new Account(name.login(), name.reversed(), email, name.login() + "@" + tenant.identity().upnDomain(),
                    false, sid(tenant, index), employeeId);
            case AWS -> new Account(name.login(), name.display(), null, null, false, null, employeeId);
            case GITHUB -> new Account(name.handle(), name.display(), email, null, false, null, null);
            default -> new Account(email, name.display(), email, email, false, null, employeeId);
        };
    }

    private Account syncedOrCloud(TenantPlan tenant, int index, PersonName name, String email, String employeeId) {
        TenantPlan.Neighbours neighbours = tenant.neighbours();
        int member = index - tenant.blocks().start(IdentityKind.MEMBER);
        String upn = name.login() + "@" + tenant.identity().upnDomain();
        if (member >= neighbours.syncedMembers()) {
            return new Account(upn, name.display(), email, upn, false, null, employeeId);
        }
        TenantPlan source = enterprise.tenant(neighbours.syncSource());
        String sid = sid(source, source.blocks().start(IdentityKind.MEMBER) + member);
        return new Account(upn, name.display(), email, upn, true, sid, employeeId);
    }

    private static boolean hasUpn(TenantKind kind) {
        return kind != TenantKind.AWS && kind != TenantKind.GITHUB;
    }

    private String employeeId(TenantPlan tenant, long person) {
        return tenant.kind() == TenantKind.GITHUB ? null : people.employeeId(person);
    }
}
