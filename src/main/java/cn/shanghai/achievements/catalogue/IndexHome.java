package cn.shanghai.achievements.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.util.Version;

/**
 * Where the Lucene indexes of releases are kept on local disk, so that an instance that restarts on a release it has
 * indexed before opens the indexes instead of writing them again. A cache, never the record: the database holds the
 * release, an index missing or written by other code is written anew. Each release has a directory named by its
 * version (a digest of its records) and by the code that indexes it (a digest of this build's classes and Lucene's
 * version), so that an index is only ever opened by the code that wrote it, for the records it was written from.
 */
final class IndexHome {

    private final Path root;
    private final String code;

    private IndexHome(Path root, String code) {
        this.root = root;
        this.code = code;
    }

    /** The home under the configured directory, or none (indexes kept in memory) if none is configured or usable. */
    static Optional<IndexHome> at(Optional<Path> directory) {
        return directory.flatMap(d -> CODE.map(c -> new IndexHome(d.toAbsolutePath(), c)));
    }

    private static final Optional<String> CODE = codeDigest();

    /** Where the indexes of a release are written and found again. */
    LuceneIndex.Builder builder(String releaseVersion) {
        return (name, n, document) -> LuceneIndex.kept(release(releaseVersion).resolve(name), n, document);
    }

    private Path release(String releaseVersion) {
        return root.resolve(releaseVersion + "-" + code);
    }

    /** Deletes the directories of every release but the given ones (the one served and the one it replaced). */
    void keepOnly(Set<String> releaseVersions) {
        if (!Files.isDirectory(root)) {
            return;
        }
        Set<Path> kept = new HashSet<>();
        releaseVersions.forEach(v -> kept.add(release(v)));
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                if (!kept.contains(p)) {
                    delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A digest of the code that writes the indexes: the application's archive, or (running from class directories,
     * as in development) the classes of the packages that analyse and index, and Lucene's version. Empty when it
     * cannot be told, and then nothing is kept on disk.
     */
    static Optional<String> codeDigest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Version.LATEST.toString().getBytes());
            CodeSource source = IndexHome.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            List<Path> files;
            if (Files.isRegularFile(location)) {
                files = List.of(location);
            } else {
                Path base = location.resolve("cn/shanghai/achievements");
                try (Stream<Path> walk = Stream.concat(
                        Stream.of("catalogue", "text", "model").flatMap(pkg -> walkFiles(base.resolve(pkg))),
                        walkFiles(location.resolve("search")))) {
                    files = walk.sorted().toList();
                }
            }
            for (Path f : files) {
                md.update(f.toString().getBytes());
                try (InputStream in = Files.newInputStream(f)) {
                    md.update(in.readAllBytes());
                }
            }
            return Optional.of(HexFormat.of().formatHex(md.digest()).substring(0, 12));
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Stream<Path> walkFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try {
            return Files.walk(dir).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
