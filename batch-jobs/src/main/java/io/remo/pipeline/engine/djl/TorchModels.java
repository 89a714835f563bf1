package io.remo.pipeline.engine.djl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The store's TorchScript modules, loaded once on one device through DJL's PyTorch engine. Every call is checked
 * against the role's signature on the way in and out. TorchScript modules run concurrently from several threads.
 */
final class TorchModels implements ModelRunner, AutoCloseable {

    static final String ENGINE = "PyTorch";

    private final Map<ModelRole, Model> models;

    private TorchModels(Map<ModelRole, Model> models) {
        this.models = models;
    }

    static TorchModels load(ModelStore store, Device device) {
        Map<ModelRole, Model> models = new EnumMap<>(ModelRole.class);
        try {
            for (ModelRole role : ModelRole.values()) {
                Path file = store.models().get(role);
                Model model = Model.newInstance(role.key(), device, ENGINE);
                models.put(role, model);
                // mapLocation: weights go to this engine's device, whichever device the module was saved from.
                model.load(file.getParent(), file.getFileName().toString(), Map.of("mapLocation", "true"));
            }
            return new TorchModels(models);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            models.values().forEach(Model::close);
            throw new ModelStoreException("cannot load the models of " + store.directory() + " on " + device + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public NDList run(ModelRole role, NDList inputs) {
        ShapeBinding binding = new ShapeBinding(role.key());
        binding.check("input", role.inputs(), inputs);
        NDList outputs = models.get(role).getBlock()
                .forward(new ParameterStore(inputs.head().getManager(), false), inputs, false);
        binding.check("output", role.outputs(), outputs);
        return outputs;
    }

    @Override
    public void close() {
        models.values().forEach(Model::close);
    }
}
