package io.remo.pipeline.engine.djl;

import io.remo.brief.api.Vocabulary;
import io.remo.pipeline.engine.RegionLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model store that passed verification: every model this engine needs is listed with the signature it expects,
 * every file is inside the store and has the SHA-256 the manifest names. Anything else is refused with one message
 * listing every problem, so that an operator fixes a store in one go.
 *
 * @param directory      where the files are
 * @param manifest       the parsed manifest
 * @param manifestSha256 SHA-256 (hex) of manifest.json: it names every file's hash, so it identifies the whole store
 * @param models         the verified module files
 * @param tokenizer      the verified tokenizer file
 */
public record ModelStore(Path directory, ModelManifest manifest, String manifestSha256, Map<ModelRole, Path> models,
                         Path tokenizer) {

    static final String MANIFEST = "manifest.json";

    public static ModelStore open(ModelStoreSource source) {
        Path directory;
        byte[] json;
        try {
            directory = source.localDirectory().toAbsolutePath().normalize();
            Path manifestFile = directory.resolve(MANIFEST);
            if (!Files.isRegularFile(manifestFile)) {
                throw new ModelStoreException("model store " + source.describe() + " has no " + MANIFEST);
            }
            json = Files.readAllBytes(manifestFile);
        } catch (IOException e) {
            throw new ModelStoreException("model store " + source.describe() + " cannot be read: " + e, e);
        }
        ModelManifest manifest = ModelManifest.parse(new String(json, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        if (!ModelManifest.FORMAT.equals(manifest.format())) {
            problems.add("format is '" + manifest.format() + "', this engine reads '" + ModelManifest.FORMAT + "'");
        }
        Map<ModelRole, Path> models = new EnumMap<>(ModelRole.class);
        for (ModelRole role : ModelRole.values()) {
            ModelManifest.ModelFile model = manifest.models().get(role.key());
            if (model == null) {
                problems.add(role.key() + ": not in the manifest");
                continue;
            }
            checkSignature(role.key() + " input", role.inputs(), model.inputs(), problems);
            checkSignature(role.key() + " output", role.outputs(), model.outputs(), problems);
            Path file = verifiedFile(directory, role.key(), model.file(), model.sha256(), problems);
            if (file != null) {
                models.put(role, file);
            }
        }
        ModelManifest.TokenizerFile tokenizer = manifest.tokenizer();
        if (tokenizer.maxLength() != ModelRole.Sd15.TEXT_LENGTH) {
            problems.add("tokenizer: maxLength " + tokenizer.maxLength() + ", the text encoder takes "
                    + ModelRole.Sd15.TEXT_LENGTH + " tokens");
        }
        Path tokenizerFile = verifiedFile(directory, "tokenizer", tokenizer.file(), tokenizer.sha256(), problems);
        if (!(manifest.vaeScaling() > 0)) {
            problems.add("vae: scalingFactor must be positive, is " + manifest.vaeScaling());
        }
        checkLabels("segmentation", segmentationLabels(), manifest, problems);
        checkLabels("room_type", Vocabulary.ROOM_TYPES, manifest, problems);
        if (!problems.isEmpty()) {
            throw new ModelStoreException("model store " + source.describe() + " refused:\n  - "
                    + String.join("\n  - ", problems));
        }
        MessageDigest manifestDigest = sha256();
        manifestDigest.update(json);
        return new ModelStore(directory, manifest, HexFormat.of().formatHex(manifestDigest.digest()),
                Map.copyOf(models), tokenizerFile);
    }

    /** Labels of the segmentation channels: {@link RegionLabel} names in code order. */
    static List<String> segmentationLabels() {
        List<String> labels = new ArrayList<>();
        for (int code = 0; code < RegionLabel.values().length; code++) {
            labels.add(RegionLabel.of(code).name().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(labels);
    }

    private static void checkSignature(String what, List<TensorSpec> expected, List<TensorSpec> declared,
                                       List<String> problems) {
        if (declared.size() != expected.size()) {
            problems.add(what + "s: " + declared.size() + " declared, this engine passes " + expected.size());
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(declared.get(i))) {
                problems.add(what + " " + i + ": declared " + declared.get(i) + ", this engine expects "
                        + expected.get(i));
            }
        }
    }

    private static void checkLabels(String output, List<String> expected, ModelManifest manifest,
                                    List<String> problems) {
        List<String> declared = manifest.labels().get(output);
        if (!expected.equals(declared)) {
            problems.add("labels." + output + ": declared " + declared + ", this engine expects " + expected);
        }
    }

    private static Path verifiedFile(Path directory, String what, String name, String sha256, List<String> problems) {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory)) {
            problems.add(what + ": file " + name + " lies outside the store");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(what + ": file " + name + " is missing");
            return null;
        }
        try {
            String actual = sha256(file);
            if (!actual.equalsIgnoreCase(sha256)) {
                problems.add(what + ": " + name + " has SHA-256 " + actual + ", the manifest says " + sha256);
                return null;
            }
        } catch (IOException e) {
            problems.add(what + ": " + name + " cannot be read: " + e);
            return null;
        }
        return file;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
