package dev.faultline.app.data;

import static dev.faultline.app.data.ReadQueries.parameters;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The exceptions register: every MFA exception with its policy, subject, accountable owner and
 * whether that owner can still answer for it, approver, expiry, what it covers and the findings
 * about it; and the same as CSV for a spreadsheet.
 */
public final class ExceptionReads {

    private final ReadQueries queries;
    private final Clock clock;

    public ExceptionReads(Driver driver, String database) {
        this(driver, database, Clock.systemUTC());
    }

    /** @param clock what "now" is when judging expiry */
    public ExceptionReads(Driver driver, String database, Clock clock) {
        this.queries = new ReadQueries(driver, database);
        this.clock = clock;
    }

    /**
     * @param tenant only this tenant's exceptions; null or blank for all
     * @param run    the analysis run whose findings to list; null or blank for the latest
     */
    public ExceptionRegister register(String tenant, String run) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Record> rows = queries.run("ui/exceptions", parameters("tenant", ReadQueries.blankToNull(tenant),
                "run", ReadQueries.blankToNull(run), "now", now));
        String runId = rows.isEmpty() ? null : Values.text(rows.get(0), "run");
        return new ExceptionRegister(now, runId, rows.stream().map(ExceptionReads::entry).toList());
    }

    /** The register as CSV (RFC 4180, a header row, formulas neutralised), to {@code out}. */
    public void csv(String tenant, String run, Appendable out) throws IOException {
        ExceptionCsv.write(register(tenant, run), out);
    }

    /** A register already read (and perhaps narrowed with {@link ExceptionRegister#where}) as CSV, to {@code out}. */
    public static void csv(ExceptionRegister register, Appendable out) throws IOException {
        ExceptionCsv.write(register, out);
    }

    private static ExceptionEntry entry(Record r) {
        return new ExceptionEntry(Values.text(r, "key"), Values.text(r, "tenant"), Values.text(r, "policyKey"),
                Values.text(r, "policyName"), Values.text(r, "policyState"), Values.text(r, "policyControl"),
                Values.text(r, "subjectKey"), Values.text(r, "subjectName"), GraphNode.ordered(Values.texts(r, "subjectLabels")),
                Values.text(r, "ownerKey"), Values.text(r, "ownerName"), Values.text(r, "ownerStatus"),
                Values.text(r, "ownerVia"), Values.text(r, "approverKey"), Values.text(r, "approverName"),
                Values.text(r, "justification"), Values.text(r, "ticket"), Values.instant(r, "createdAt"),
                Values.instant(r, "expiresAt"), r.get("expired").asBoolean(), Values.count(r, "identities"),
                Values.count(r, "privilegedIdentities"), Values.count(r, "nhis"), Values.texts(r, "findings"));
    }
}
