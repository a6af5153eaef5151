package dev.faultline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.faultline.ingest.connector.ConnectorException;

class IngestFailureTest {

    @Test
    void anUnreadableExportNamesFileRecordAndFieldAndWroteNothing() {
        IngestFailure failure = IngestFailure.of(new ConnectorException("/data/uploads/upload-1/okta.json",
                "value[3] (id 00u1)", "profile.login", "expected text, was 42"));

        assertThat(failure.lines()).containsExactly(
                "cannot read /data/uploads/upload-1/okta.json: value[3] (id 00u1): field 'profile.login': expected text, was 42");
        assertThat(failure.effect()).isEqualTo(IngestFailure.Effect.NOTHING_WRITTEN);
        assertThat(failure.relativeTo(Path.of("/data/uploads/upload-1")).text())
                .isEqualTo("cannot read okta.json: value[3] (id 00u1): field 'profile.login': expected text, was 42");
    }

    @Test
    void aMissingFileIsInvalidInput() {
        IngestFailure failure = IngestFailure.of(new IllegalArgumentException("No such file or directory: x.zip"));

        assertThat(failure.lines()).containsExactly("No such file or directory: x.zip");
        assertThat(failure.effect()).isEqualTo(IngestFailure.Effect.NOTHING_WRITTEN);
    }

    @Test
    void anyOtherErrorIsWordedByItsFirstMessage() {
        IngestFailure failure = IngestFailure.of(new IllegalStateException(null, new RuntimeException("database unavailable")));

        assertThat(failure.lines()).containsExactly("database unavailable");
        assertThat(failure.effect()).isEqualTo(IngestFailure.Effect.STOPPED);
    }
}
