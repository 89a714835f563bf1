package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path temp;

    @Test
    void opensTheTinyStoreWithEveryRoleVerified() throws Exception {
        ModelStore store = ModelStore.open(TinyModelStore.source());

        assertThat(store.models()).containsOnlyKeys(ModelRole.values());
        assertThat(store.manifest().vaeScaling()).isEqualTo(0.18215);
        assertThat(store.manifest().tokenizer().maxLength()).isEqualTo(77);
        // The hash the store was accepted with is the file's, computed here with the JDK alone.
        Path unet = store.models().get(ModelRole.UNET);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(unet)));
        assertThat(store.manifest().models().get("unet").sha256()).isEqualTo(expected);
        assertThat(store.manifestSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(TinyModelStore.directory().resolve("manifest.json")))));
    }

    @Test
    void refusesATamperedFile() throws IOException {
        Path store = TinyModelStore.copyTo(temp);
        Files.write(store.resolve("vae_decoder.pt"), new byte[] {0}, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> ModelStore.open(new LocalModelStoreSource(store)))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("refused")
                .hasMessageContaining("vae_decoder: vae_decoder.pt has SHA-256")
                .hasMessageNotContaining("unet");
    }

    @Test
    void refusesAMissingFileAndAModelMissingFromTheManifestInOneMessage() throws IOException {
        Path store = TinyModelStore.copyTo(temp);
        Files.delete(store.resolve("controlnet_edges.pt"));
        TinyModelStore.editManifest(store, manifest -> manifest.getAsJsonObject("models").add("room_classifier",
                manifest.getAsJsonObject("models").remove("room_type")));

        assertThatThrownBy(() -> ModelStore.open(new LocalModelStoreSource(store)))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("controlnet_edges: file controlnet_edges.pt is missing")
                .hasMessageContaining("room_type: not in the manifest");
    }

    @Test
    void refusesAWrongSignature() throws IOException {
        Path store = TinyModelStore.copyTo(temp);
        // An SD 2.x text encoder (1024 wide) in place of SD 1.5's.
        TinyModelStore.editManifest(store, manifest -> TinyModelStore.model(manifest, "text_encoder")
                .getAsJsonArray("outputs").get(0).getAsJsonObject().getAsJsonArray("shape").set(2, new JsonPrimitive(1024)));

        assertThatThrownBy(() -> ModelStore.open(new LocalModelStoreSource(store)))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("text_encoder output 0: declared last_hidden_state: float32 [B, 77, 1024], "
                        + "this engine expects last_hidden_state: float32 [B, 77, 768]");
    }

    @Test
    void refusesAFileOutsideTheStore() throws IOException {
        Path store = TinyModelStore.copyTo(temp.resolve("store"));
        Files.copy(store.resolve("depth.pt"), temp.resolve("depth.pt"));
        TinyModelStore.editManifest(store, manifest -> TinyModelStore.model(manifest, "depth")
                .addProperty("file", "../depth.pt"));

        assertThatThrownBy(() -> ModelStore.open(new LocalModelStoreSource(store)))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("depth: file ../depth.pt lies outside the store");
    }

    @Test
    void refusesADirectoryWithoutManifestAndAMalformedOne() throws IOException {
        assertThatThrownBy(() -> ModelStore.open(new LocalModelStoreSource(temp)))
                .isInstanceOf(ModelStoreException.class).hasMessageContaining("has no manifest.json");

        Files.writeString(temp.resolve("manifest.json"), "{\"format\": \"remo-model-store/1\"}");
        assertThatThrownBy(() -> ModelStore.open(new LocalModelStoreSource(temp)))
                .isInstanceOf(ModelStoreException.class).hasMessageContaining("manifest.json is malformed");
    }

    @Test
    void refusesLabelsThatAreNotTheEnginesClasses() throws IOException {
        Path store = TinyModelStore.copyTo(temp);
        TinyModelStore.editManifest(store, manifest -> manifest.getAsJsonObject("labels")
                .getAsJsonArray("segmentation").set(3, new JsonPrimitive("sky")));

        assertThatThrownBy(() -> ModelStore.open(new LocalModelStoreSource(store)))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("labels.segmentation: declared [other, wall, floor, sky, furniture");
    }
}
