package dev.faultline.app.web.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.unit.DataSize;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Uploaded files, each streamed into its own directory under the data directory's {@code uploads/}
 * as it arrives (never held in memory), up to a size limit. Past the limit the rest of the upload
 * is read and dropped, so the browser gets the answer instead of a broken connection.
 */
final class UploadStore {

    private static final int MAX_NAME = 120;

    private final Path root;
    private final DataSize limit;

    /** @param root where the uploads' directories go, created when needed */
    UploadStore(Path root, DataSize limit) {
        this.root = root;
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }

    /**
     * Writes {@code content} to {@code <root>/<id>/<fileName>} (the name made safe) off the event loop.
     *
     * @return the file; an {@link UploadTooLargeException} when it went over the limit (then the
     *         directory is removed)
     */
    Mono<Path> write(String id, String fileName, Flux<DataBuffer> content) {
        Path dir = root.resolve(id);
        Mono<Path> written = Mono.fromCallable(() -> {
            Files.createDirectories(dir);
            return dir.resolve(safeName(fileName));
        }).flatMap(file -> Mono.using(() -> FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                channel -> content.publishOn(Schedulers.boundedElastic())
                        .reduce(0L, (bytes, buffer) -> append(channel, bytes, buffer))
                        .defaultIfEmpty(0L)
                        .flatMap(bytes -> bytes > limit.toBytes()
                                ? Mono.<Path>error(new UploadTooLargeException(fileName, limit))
                                : bytes == 0 ? Mono.<Path>error(new IllegalArgumentException("The file " + fileName + " is empty."))
                                : Mono.just(file)),
                UploadStore::close));
        return written.subscribeOn(Schedulers.boundedElastic()).doOnError(e -> delete(dir));
    }

    /** Appends the buffer unless the limit is passed; releases it either way. */
    private long append(FileChannel channel, long bytes, DataBuffer buffer) {
        try {
            long total = bytes + buffer.readableByteCount();
            if (total <= limit.toBytes()) {
                try (DataBuffer.ByteBufferIterator buffers = buffer.readableByteBuffers()) {
                    while (buffers.hasNext()) {
                        ByteBuffer next = buffers.next();
                        while (next.hasRemaining()) {
                            channel.write(next);
                        }
                    }
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the upload", e);
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the upload", e);
        }
    }

    /** Removes an upload's directory and what is in it. */
    void delete(String id) {
        delete(root.resolve(id));
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the upload " + dir, e);
        }
    }

    /**
     * The name kept for the file: letters, digits, dot, dash and underscore, others replaced by
     * {@code _}, no leading dot (the extension tells a zip from a JSON or CSV export).
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(safe.length() - MAX_NAME);
        }
        return safe.isEmpty() ? "upload" : safe;
    }

    /** {@code 512MB}, {@code 2KB}: the largest whole unit. */
    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "GB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "MB";
        }
        if (bytes % (1L << 10) == 0) {
            return (bytes >> 10) + "KB";
        }
        return bytes + " bytes";
    }
}
