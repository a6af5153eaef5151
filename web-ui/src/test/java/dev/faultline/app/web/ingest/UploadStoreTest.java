package dev.faultline.app.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.unit.DataSize;

import reactor.core.publisher.Flux;

class UploadStoreTest {

    @TempDir
    Path root;

    private static Flux<DataBuffer> chunks(String... texts) {
        return Flux.fromArray(texts).map(text -> DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesTheChunksIntoTheJobsDirectoryUnderASafeName() throws Exception {
        UploadStore store = new UploadStore(root, DataSize.ofBytes(10));

        Path file = store.write("upload-1", "../../etc/my export (1).json", chunks("{\"a\"", ":1}")).block();

        assertThat(file).isEqualTo(root.resolve("upload-1").resolve("my_export__1_.json"));
        assertThat(Files.readString(file)).isEqualTo("{\"a\":1}");
    }

    @Test
    void refusesAFileOverTheLimitNamingItAndKeepsNothing() {
        UploadStore store = new UploadStore(root, DataSize.ofBytes(10));

        assertThatThrownBy(() -> store.write("upload-2", "big.zip", chunks("123456", "78901", "2")).block())
                .isInstanceOf(UploadTooLargeException.class)
                .hasMessage("The file big.zip is larger than the upload limit of 10 bytes (faultline.ingest.max-upload); nothing was loaded.");
        assertThat(root.resolve("upload-2")).doesNotExist();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws Exception {
        UploadStore store = new UploadStore(root, DataSize.ofBytes(10));

        assertThat(Files.size(store.write("upload-3", "ok.csv", chunks("12345", "67890")).block())).isEqualTo(10);
    }

    @Test
    void refusesAnEmptyFile() {
        UploadStore store = new UploadStore(root, DataSize.ofMegabytes(1));

        assertThatThrownBy(() -> store.write("upload-4", "empty.json", Flux.empty()).block())
                .hasMessage("The file empty.json is empty.");
        assertThat(root.resolve("upload-4")).doesNotExist();
    }

    @Test
    void namesAreReducedToSafeCharactersWithoutLeadingDots() {
        assertThat(UploadStore.safeName("C:\\Users\\dana\\okta.json")).isEqualTo("okta.json");
        assertThat(UploadStore.safeName("..hidden.zip")).isEqualTo("hidden.zip");
        assertThat(UploadStore.safeName("")).isEqualTo("upload");
        assertThat(UploadStore.safeName(null)).isEqualTo("upload");
    }

    @Test
    void describesLimitsInTheLargestWholeUnit() {
        assertThat(UploadStore.describe(DataSize.ofMegabytes(512))).isEqualTo("512MB");
        assertThat(UploadStore.describe(DataSize.ofGigabytes(2))).isEqualTo("2GB");
        assertThat(UploadStore.describe(DataSize.ofKilobytes(3))).isEqualTo("3KB");
        assertThat(UploadStore.describe(DataSize.ofBytes(1000))).isEqualTo("1000 bytes");
    }
}
