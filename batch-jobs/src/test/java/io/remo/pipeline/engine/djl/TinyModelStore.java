package io.remo.pipeline.engine.djl;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The committed tiny stand-in store (src/test/resources/model-store-tiny), and copies of it to tamper with. */
public final class TinyModelStore {

    private TinyModelStore() {
    }

    /**
     * The stand-ins' tensors are far too small to gain from intra-op threads, and on a shared machine OpenMP's
     * spinning worker threads make each step take 10 to 100 times longer when the cores are busy.
     */
    public static void useOneCpuThread() {
        Engine.getEngine(TorchModels.ENGINE);
        JniUtils.setNumThreads(1);
    }

    public static Path directory() {
        try {
            return Path.of(TinyModelStore.class.getResource("/model-store-tiny/manifest.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LocalModelStoreSource source() {
        return new LocalModelStoreSource(directory());
    }

    /** A copy of the store under {@code target}, whose files a test may change. */
    public static Path copyTo(Path target) {
        Path source = directory();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes the store's manifest.json as a JSON tree. */
    public static void editManifest(Path store, Consumer<JsonObject> change) {
        try {
            Path manifest = store.resolve("manifest.json");
            JsonObject json = JsonParser.parseString(Files.readString(manifest, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            change.accept(json);
            Files.writeString(manifest, json.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject model(JsonObject manifest, String key) {
        return manifest.getAsJsonObject("models").getAsJsonObject(key);
    }
}
