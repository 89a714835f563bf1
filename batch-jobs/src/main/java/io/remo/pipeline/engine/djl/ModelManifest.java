package io.remo.pipeline.engine.djl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a model store, as written by {@code docker/model-store/sd15_signatures.py}. Parsing only
 * checks that the document is well formed; {@link ModelStore} decides whether it is complete and usable.
 *
 * @param format      {@value #FORMAT}
 * @param name        the store's name (e.g. "sd15-controlnet-fp16"), for logs and the engine id
 * @param models      by manifest key ({@link ModelRole#key()}), as listed
 * @param tokenizer   the CLIP tokenizer
 * @param vaeScaling  latent scaling factor of the VAE (0.18215 for SD 1.5)
 * @param labels      label lists by output ("segmentation", "room_type")
 */
public record ModelManifest(String format, String name, Map<String, ModelFile> models, TokenizerFile tokenizer,
                            double vaeScaling, Map<String, List<String>> labels) {

    public static final String FORMAT = "remo-model-store/1";

    /** A TorchScript module: its file (relative to the store), SHA-256 (hex) and declared signature. */
    public record ModelFile(String file, String sha256, List<TensorSpec> inputs, List<TensorSpec> outputs) {
    }

    /**
     * A HuggingFace {@code tokenizer.json} and the ids the engine pads and frames prompts with.
     *
     * @param maxLength tokens per prompt, start and end included (77 for CLIP)
     */
    public record TokenizerFile(String file, String sha256, int maxLength, long bosId, long eosId, long padId) {
    }

    public static ModelManifest parse(String json) {
        try {
            JsonObject root = JsonParser.parseString(json).getAsJsonObject();
            Map<String, ModelFile> models = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : object(root, "models").entrySet()) {
                JsonObject model = entry.getValue().getAsJsonObject();
                models.put(entry.getKey(), new ModelFile(text(model, "file"), text(model, "sha256"),
                        tensors(model, "inputs"), tensors(model, "outputs")));
            }
            JsonObject tokenizer = object(root, "tokenizer");
            Map<String, List<String>> labels = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : object(root, "labels").entrySet()) {
                labels.put(entry.getKey(), strings(entry.getValue().getAsJsonArray()));
            }
            return new ModelManifest(text(root, "format"), text(root, "name"), Map.copyOf(models),
                    new TokenizerFile(text(tokenizer, "file"), text(tokenizer, "sha256"),
                            member(tokenizer, "maxLength").getAsInt(), member(tokenizer, "bosId").getAsLong(),
                            member(tokenizer, "eosId").getAsLong(), member(tokenizer, "padId").getAsLong()),
                    member(object(root, "vae"), "scalingFactor").getAsDouble(), Map.copyOf(labels));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                 | IllegalArgumentException e) {
            throw new ModelStoreException("manifest.json is malformed: " + e.getMessage(), e);
        }
    }

    private static List<TensorSpec> tensors(JsonObject model, String member) {
        List<TensorSpec> specs = new ArrayList<>();
        for (JsonElement element : member(model, member).getAsJsonArray()) {
            JsonObject tensor = element.getAsJsonObject();
            specs.add(new TensorSpec(text(tensor, "name"), text(tensor, "dtype"),
                    strings(member(tensor, "shape").getAsJsonArray())));
        }
        return List.copyOf(specs);
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        // Numbers keep their JSON spelling ("77"), which is how TensorSpec writes fixed dimensions.
        array.forEach(value -> values.add(value.getAsString()));
        return List.copyOf(values);
    }

    private static JsonObject object(JsonObject parent, String name) {
        return member(parent, name).getAsJsonObject();
    }

    private static String text(JsonObject parent, String name) {
        return member(parent, name).getAsString();
    }

    private static JsonElement member(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        if (value == null || value.isJsonNull()) {
            throw new IllegalStateException("'" + name + "' is missing");
        }
        return value;
    }
}
