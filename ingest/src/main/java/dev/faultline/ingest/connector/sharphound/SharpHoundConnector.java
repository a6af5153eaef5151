package dev.faultline.ingest.connector.sharphound;

import java.util.List;
import java.util.stream.Collectors;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.Connector;
import dev.faultline.ingest.connector.ConnectorException;
import dev.faultline.ingest.connector.ExportInput;

/**
 * Active Directory from SharpHound (BloodHound CE JSON, format versions 5 and 6): the
 * {@code <timestamp>_users.json}, {@code _groups.json}, {@code _computers.json} and
 * {@code _domains.json} files, loose, in a directory or in SharpHound's zip; several collections
 * (domains) may sit side by side. Each file's type and version come from its {@code meta}.
 *
 * <p>Maps domains to tenants ({@code ad:<domain SID>}) and trusts, users to identities with a
 * password credential, groups to groups (privileged ones also to a privileged role the group
 * holds) and memberships, computers to systems. Sessions, ACLs, GPOs, OUs, containers and
 * certificate services are not part of the model: they are counted in the bundle description.
 */
public final class SharpHoundConnector implements Connector {

    /** The connector's name and the bundle's source. */
    public static final String NAME = "sharphound";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ExportInput input) {
        return input.entries().stream().anyMatch(entry -> SharpHoundFiles.looksLike(input, entry));
    }

    @Override
    public BundleRows read(ExportInput input) {
        List<SharpHoundFile> files = SharpHoundFiles.read(input);
        if (files.isEmpty()) {
            throw new ConnectorException(input.path().toString(), null, null,
                    "no SharpHound file: expected JSON shaped {\"data\":[...],\"meta\":{\"type\":\"users\",...}}");
        }
        AdDirectory directory = AdDirectory.of(files);
        BundleRows rows = new BundleRows(NAME, describe(input, directory, GroupMapper.leftOut(directory)));
        TenantMapper.write(directory, rows);
        UserMapper.write(directory, rows);
        GroupMapper.write(directory, rows);
        ComputerMapper.write(directory, rows);
        return rows;
    }

    private static String describe(ExportInput input, AdDirectory directory, GroupMapper.LeftOut leftOut) {
        String notMapped = directory.notMapped().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "SharpHound " + directory.versions() + " export " + input.path().getFileName() + ": "
                + directory.domains().size() + " domains, " + directory.users().size() + " users, "
                + directory.groups().size() + " groups, " + directory.computers().size() + " computers. Left out: "
                + directory.wellKnownUsers() + " well-known principals listed as users, "
                + leftOut.computers() + " computer group members, "
                + leftOut.unresolved() + " group members not in the export"
                + (notMapped.isEmpty() ? "" : "; not mapped: " + notMapped);
    }
}
