package org.diplograph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of everything extraction reads besides the text and the code: the knowledge files
 * ({@code ontology/}, bundled or the {@code --knowledge} folder), the {@code --ner-model} files and
 * the {@code --extractors} chosen. Each stored article records it, so that {@code build --reextract}
 * re-extracts exactly the articles read with other knowledge. The same files give the same hash
 * whether they are bundled or in a folder.
 */
final class KnowledgeFingerprint {
    private KnowledgeFingerprint() {}

    static String of(KnowledgeOptions options) {
        TreeMap<String, byte[]> files = options.knowledgeDir != null ? folder(options.knowledgeDir) : bundled();
        MessageDigest md = sha256();
        files.forEach((name, bytes) -> {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(sha256().digest(bytes));
        });
        for (Path model : options.nerModels) {
            md.update(("ner-model\0").getBytes(StandardCharsets.UTF_8));
            try {
                md.update(sha256().digest(Files.readAllBytes(model)));
            } catch (IOException e) {
                throw new UserError("--ner-model " + model + ": cannot read: " + e.getMessage(), ExitCodes.USAGE);
            }
        }
        if (options.extractors != null) {
            List<String> names = new ArrayList<>(options.extractors);
            Collections.sort(names);
            md.update(("extractors\0" + String.join(",", names)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static TreeMap<String, byte[]> folder(Path dir) {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!isKnowledge(rel)) continue;
                out.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UserError("--knowledge " + dir + ": cannot read: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
        return out;
    }

    /** Knowledge is data: prose (README) does not change what is extracted. */
    private static boolean isKnowledge(String rel) {
        return !rel.endsWith(".md") && !rel.startsWith(".") && !rel.contains("/.");
    }

    private static TreeMap<String, byte[]> bundled() {
        URL url = KnowledgeFingerprint.class.getResource("/ontology/shapes.ttl");
        if (url == null) throw new IllegalStateException("the bundled ontology/ is missing from the classpath");
        try {
            if (url.getProtocol().equals("file")) return folder(Path.of(url.toURI()).getParent());
            TreeMap<String, byte[]> out = new TreeMap<>();
            JarURLConnection jar = (JarURLConnection) url.openConnection();
            jar.setUseCaches(false);
            try (JarFile file = new JarFile(Path.of(jar.getJarFileURL().toURI()).toFile())) {
                for (JarEntry e : Collections.list(file.entries())) {
                    if (e.isDirectory() || !e.getName().startsWith("ontology/")) continue;
                    String rel = e.getName().substring("ontology/".length());
                    if (!isKnowledge(rel)) continue;
                    try (InputStream in = file.getInputStream(e)) {
                        out.put(rel, in.readAllBytes());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled ontology/", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
