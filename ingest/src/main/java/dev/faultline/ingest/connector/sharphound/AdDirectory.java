package dev.faultline.ingest.connector.sharphound;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything read from the SharpHound files of one export, one object per id. SharpHound lists
 * some objects more than once (a well-known group as read from LDAP and again as a bare
 * reference; a group of another domain met as a member): of two records with the same id the one
 * with more properties wins (the first on a tie), and a group keeps the members of both.
 * Well-known principals that are not accounts (NETWORK SERVICE) are left out of the users.
 */
final class AdDirectory {

    private final Map<String, AdDomain> domains = new LinkedHashMap<>();
    private final Map<String, AdUser> users = new LinkedHashMap<>();
    private final Map<String, AdGroup> groups = new LinkedHashMap<>();
    private final Map<String, AdComputer> computers = new LinkedHashMap<>();
    private final Map<String, Integer> notMapped = new TreeMap<>();
    private final List<Integer> versions = new ArrayList<>();
    private int wellKnownUsers;

    static AdDirectory of(List<SharpHoundFile> files) {
        AdDirectory directory = new AdDirectory();
        files.forEach(directory::add);
        return directory;
    }

    private void add(SharpHoundFile file) {
        if (!versions.contains(file.version())) {
            versions.add(file.version());
        }
        switch (file.type()) {
            case "domains" -> DomainReader.read(file).forEach(d -> domains.putIfAbsent(d.sid(), d));
            case "users" -> UserReader.read(file).forEach(this::addUser);
            case "groups" -> GroupReader.read(file).forEach(this::addGroup);
            case "computers" -> ComputerReader.read(file).forEach(c -> keepRicher(computers, c, AdComputer::principal));
            default -> notMapped.merge(file.type(), file.data().size(), Integer::sum);
        }
    }

    private void addUser(AdUser user) {
        if (user.principal().wellKnown()) {
            wellKnownUsers++;
        } else {
            keepRicher(users, user, AdUser::principal);
        }
    }

    private void addGroup(AdGroup group) {
        AdGroup known = groups.get(group.principal().id());
        if (known == null) {
            groups.put(group.principal().id(), group);
            return;
        }
        LinkedHashSet<String> members = new LinkedHashSet<>(known.members());
        members.addAll(group.members());
        AdPrincipal richer = group.principal().detail() > known.principal().detail() ? group.principal() : known.principal();
        groups.put(richer.id(), new AdGroup(richer, List.copyOf(members)));
    }

    private static <T> void keepRicher(Map<String, T> map, T value, Function<T, AdPrincipal> principal) {
        T known = map.get(principal.apply(value).id());
        if (known == null || principal.apply(value).detail() > principal.apply(known).detail()) {
            map.put(principal.apply(value).id(), value);
        }
    }

    Collection<AdDomain> domains() {
        return domains.values();
    }

    Collection<AdUser> users() {
        return users.values();
    }

    Collection<AdGroup> groups() {
        return groups.values();
    }

    Collection<AdComputer> computers() {
        return computers.values();
    }

    AdUser user(String id) {
        return users.get(id);
    }

    AdGroup group(String id) {
        return groups.get(id);
    }

    boolean isComputer(String id) {
        return computers.containsKey(id);
    }

    /** Records of the types this connector does not map (gpos, ous, containers, ...), per type. */
    Map<String, Integer> notMapped() {
        return notMapped;
    }

    /** Users left out because they are well-known principals, not accounts. */
    int wellKnownUsers() {
        return wellKnownUsers;
    }

    List<Integer> versions() {
        return versions;
    }
}
