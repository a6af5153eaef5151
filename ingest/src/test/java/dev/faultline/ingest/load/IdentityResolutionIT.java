package dev.faultline.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import dev.faultline.testsupport.TestNeo4j;

/** Cross-source identity resolution after a load: links with evidence and confidence, never merged nodes. */
class IdentityResolutionIT {

    final Driver driver = TestNeo4j.get().driver();

    @TempDir
    Path dir;

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.get().clean();
    }

    @Test
    void linksSyncedAccountsBySidAndPeopleByEmployeeIdUpnOrEmail() throws IOException {
        write("manifest.json", "{\"format\":\"faultline-bundle\",\"version\":1,\"source\":\"resolution-test\"}");
        write("tenants.csv", """
                id,name,kind
                ad,Corp AD,ad
                cloud,Corp Entra,entra
                okta,Globex Okta,okta
                globex-ad,Globex AD,ad
                """);
        write("identities.csv", """
                id,tenant,kind,name,upn,email,employee_id,on_prem_sid,synced
                ad/jdoe,ad,member,jdoe,jdoe@corp.example,,E1,S-1-5-21-1-1001,false
                cloud/jdoe,cloud,member,jdoe@corp.example,jdoe@corp.example,,,S-1-5-21-1-1001,true
                okta/jane,okta,member,jane,jane@globex.example,jane@globex.example,E7,,false
                cloud/jane,cloud,guest,jane_globex#EXT#,,jane@globex.example,,,false
                okta/bob,okta,member,bob,,bob@globex.example,E9,,false
                cloud/bob,cloud,member,bob,,,E9,,false
                cloud/svc,cloud,service-principal,svc,,bob@globex.example,,,false
                globex-ad/ann,globex-ad,member,ann,ann@globex.example,,,S-1-5-21-9-1104,false
                okta/ann,okta,member,ann@globex.example,ann@globex.example,,,,true
                """);
        write("identity_links.csv", """
                from,to,kind,evidence,confidence
                okta/bob,cloud/bob,same-person,HR register,1
                """);
        BundleLoader loader = new BundleLoader(driver, "neo4j", 100, IngestListener.NONE);

        loader.ingest(List.of(dir));
        List<Map<String, Object>> first = links();
        loader.ingest(List.of(dir));

        assertThat(links()).isEqualTo(first);
        assertThat(first).extracting(l -> l.get("from"), l -> l.get("to"), l -> l.get("kind"), l -> l.get("evidence"),
                l -> l.get("confidence"), l -> l.get("source")).containsExactlyInAnyOrder(
                        tuple("ad/jdoe", "cloud/jdoe", "synced", "onPremisesSecurityIdentifier", 1.0, "identity-resolution"),
                        tuple("cloud/jane", "okta/jane", "same-person", "email", 0.8, "identity-resolution"),
                        tuple("globex-ad/ann", "okta/ann", "synced", "okta directory integration+upn", 0.9,
                                "identity-resolution"),
                        tuple("okta/bob", "cloud/bob", "same-person", "HR register", 1.0, "resolution-test"));
    }

    private List<Map<String, Object>> links() {
        return driver.executableQuery("""
                MATCH (a)-[r:SAME_AS]->(b)
                RETURN a.key AS from, b.key AS to, r.kind AS kind, r.evidence AS evidence,
                       r.confidence AS confidence, r.source AS source ORDER BY from, to""")
                .execute().records().stream().map(r -> r.asMap()).toList();
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }
}
