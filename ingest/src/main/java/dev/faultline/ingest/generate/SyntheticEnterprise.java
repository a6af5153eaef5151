package dev.faultline.ingest.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Generates a synthetic merged enterprise as a Faultline bundle: one organization, the acquirer and
 * its acquisitions as business units, tenants of every kind with their identities (about 80% people,
 * 20% non-human), groups, roles, systems, policies, exceptions, credentials, auth and recovery paths,
 * trusts, owners and identity links. The background is clean (no analyzer rule fires on it); known
 * problems for every rule are planted on top ({@link PlantPlanner}), and the findings they must give
 * are written to {@value Truth#FILE} beside the manifest.
 *
 * <p>The same settings give byte-identical files: every value is drawn from the seed and all dates
 * count from a fixed reference instant, 2026-11-01T00:00:00Z. Rows are streamed to disk, so memory
 * stays flat (a few megabytes per tenant) up to {@value GeneratorSettings#MAX_IDENTITIES} identities;
 * time is linear in the identities (roughly five relationships per identity).
 */
public final class SyntheticEnterprise {

    private final GenerationListener listener;

    /** A generator that reports nothing while it runs. */
    public SyntheticEnterprise() {
        this(GenerationListener.NONE);
    }

    /** A generator that tells the listener each time a file is complete. */
    public SyntheticEnterprise(GenerationListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Writes manifest.json and every CSV file of the bundle format into {@code outDir}, creating it.
     *
     * @throws IllegalArgumentException when {@code outDir} is a file, or a directory that holds
     *                                  anything other than the files of a bundle (a previous bundle
     *                                  is overwritten)
     * @throws IOException              when a file cannot be written
     */
    public GenerationSummary generate(GeneratorSettings settings, Path outDir) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outDir, "outDir");
        long started = System.nanoTime();
        BundleDirectory dir = BundleDirectory.prepare(outDir, listener);
        Enterprise enterprise = EnterprisePlanner.plan(settings);
        Plants plants = PlantPlanner.plan(enterprise);
        dir.writeText(BundleFile.MANIFEST, Manifest.json(settings));
        writeNodes(dir, enterprise, plants);
        dir.writeStream(Truth.FILE, stream -> Truth.write(stream, settings, plants.expected()));
        return new GenerationSummary(outDir, dir.rowsPerFile(), dir.relationships(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void writeNodes(BundleDirectory dir, Enterprise enterprise, Plants plants) throws IOException {
        DirectoryWriter directory = new DirectoryWriter(enterprise);
        dir.write(BundleFile.ORGANIZATIONS, directory::organizations);
        dir.write(BundleFile.BUSINESS_UNITS, directory::businessUnits);
        dir.write(BundleFile.TENANTS, directory::tenants);
        dir.write(BundleFile.IDENTITIES, new IdentityWriter(enterprise, plants)::write);
        GroupWriter groups = new GroupWriter(enterprise, plants);
        dir.write(BundleFile.GROUPS, groups::groups);
        dir.write(BundleFile.MEMBERSHIPS, groups::memberships);
        RoleWriter roles = new RoleWriter(enterprise, plants);
        dir.write(BundleFile.ROLES, roles::roles);
        SystemWriter systems = new SystemWriter(enterprise);
        dir.write(BundleFile.SYSTEMS, systems::systems);
        PolicyWriter policies = new PolicyWriter(enterprise, plants);
        dir.write(BundleFile.POLICIES, policies::policies);
        dir.write(BundleFile.EXCEPTIONS, new ExceptionWriter(enterprise, plants, groups.sizes())::write);
        dir.write(BundleFile.CREDENTIALS, new CredentialWriter(enterprise, plants)::write);
        dir.write(BundleFile.AUTH_PATHS, new AuthPathWriter(enterprise, plants)::write);
        dir.write(BundleFile.RECOVERY_PATHS, new RecoveryPathWriter(enterprise, plants)::write);
        dir.write(BundleFile.TRUSTS, out -> new TrustWriter(enterprise).write(out, plants.trusts()));
        dir.write(BundleFile.ROLE_ASSIGNMENTS, roles::assignments);
        dir.write(BundleFile.ACCESS, systems::access);
        dir.write(BundleFile.POLICY_SCOPE, policies::scope);
        dir.write(BundleFile.OWNERS, new OwnerWriter(enterprise, plants)::write);
        dir.write(BundleFile.IDENTITY_LINKS, new LinkWriter(enterprise)::write);
    }
}
