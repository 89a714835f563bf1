package io.remo.pipeline.engine.djl;

import io.remo.brief.api.Vocabulary;
import io.remo.pipeline.engine.RegionLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * The networks of a model store and the signatures this engine speaks to them: Stable Diffusion 1.5 (CLIP ViT-L/14
 * text encoder, 4-channel latents, 8x VAE), its ControlNets and inpainting UNet, and the analysis networks. The
 * same table is {@code docker/model-store/sd15_signatures.py}, which writes the manifests.
 */
public enum ModelRole {

    TEXT_ENCODER("text_encoder",
            List.of(TensorSpec.of("input_ids", "int64", "B", Sd15.TEXT_LENGTH)),
            List.of(TensorSpec.of("last_hidden_state", "float32", Sd15.text()))),
    UNET("unet",
            concat(List.of(TensorSpec.of("sample", "float32", Sd15.latent(Sd15.LATENT_CHANNELS))),
                    Sd15.denoiserInputs(), Sd15.residuals()),
            List.of(TensorSpec.of("noise_pred", "float32", Sd15.latent(Sd15.LATENT_CHANNELS)))),
    CONTROLNET_DEPTH("controlnet_depth", Sd15.controlNetInputs(), Sd15.residuals()),
    CONTROLNET_EDGES("controlnet_edges", Sd15.controlNetInputs(), Sd15.residuals()),
    VAE_ENCODER("vae_encoder",
            List.of(TensorSpec.of("image", "float32", Sd15.image())),
            List.of(TensorSpec.of("latent_mean", "float32", Sd15.latent(Sd15.LATENT_CHANNELS)))),
    VAE_DECODER("vae_decoder",
            List.of(TensorSpec.of("latents", "float32", Sd15.latent(Sd15.LATENT_CHANNELS))),
            List.of(TensorSpec.of("image", "float32", Sd15.image()))),
    UNET_INPAINT("unet_inpaint",
            concat(List.of(TensorSpec.of("sample", "float32", Sd15.latent(2 * Sd15.LATENT_CHANNELS + 1))),
                    Sd15.denoiserInputs()),
            List.of(TensorSpec.of("noise_pred", "float32", Sd15.latent(Sd15.LATENT_CHANNELS)))),
    DEPTH("depth",
            List.of(TensorSpec.of("image", "float32", Sd15.square(3, Sd15.DEPTH_SIZE))),
            List.of(TensorSpec.of("inverse_depth", "float32", Sd15.square(1, Sd15.DEPTH_SIZE)))),
    SEGMENTATION("segmentation",
            List.of(TensorSpec.of("image", "float32", Sd15.square(3, Sd15.SEGMENTATION_SIZE))),
            List.of(TensorSpec.of("logits", "float32",
                    Sd15.square(Sd15.SEGMENTATION_CLASSES, Sd15.SEGMENTATION_SIZE)))),
    ROOM_TYPE("room_type",
            List.of(TensorSpec.of("image", "float32", Sd15.square(3, Sd15.ROOM_TYPE_SIZE))),
            List.of(TensorSpec.of("probabilities", "float32", "B", Sd15.ROOM_TYPES)));

    private final String key;
    private final List<TensorSpec> inputs;
    private final List<TensorSpec> outputs;

    ModelRole(String key, List<TensorSpec> inputs, List<TensorSpec> outputs) {
        this.key = key;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** The model's key in {@code manifest.json}. */
    public String key() {
        return key;
    }

    public List<TensorSpec> inputs() {
        return inputs;
    }

    public List<TensorSpec> outputs() {
        return outputs;
    }

    @SafeVarargs
    private static List<TensorSpec> concat(List<TensorSpec>... parts) {
        List<TensorSpec> all = new ArrayList<>();
        for (List<TensorSpec> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    /**
     * The dimensions of SD 1.5, and the fixed input sizes of the analysis networks: DPT-Hybrid (MiDaS) 384,
     * SegFormer (ADE20K) 512, a Places365 ResNet 224, the sizes their weights were trained at.
     */
    static final class Sd15 {
        static final int TEXT_LENGTH = 77;
        static final int TEXT_HIDDEN = 768;
        static final int LATENT_CHANNELS = 4;
        static final int SEGMENTATION_CLASSES = RegionLabel.values().length;
        static final int ROOM_TYPES = Vocabulary.ROOM_TYPES.size();
        static final int DEPTH_SIZE = 384;
        static final int SEGMENTATION_SIZE = 512;
        static final int ROOM_TYPE_SIZE = 224;
        /** UNet skip connections in diffusers' order: channels and downsampling of the image. */
        static final int[][] DOWN_RESIDUALS = {{320, 8}, {320, 8}, {320, 8}, {320, 16}, {640, 16}, {640, 16},
                {640, 32}, {1280, 32}, {1280, 32}, {1280, 64}, {1280, 64}, {1280, 64}};
        static final int[] MID_RESIDUAL = {1280, 64};

        private Sd15() {
        }

        static Object[] image() {
            return new Object[] {"B", 3, "H", "W"};
        }

        static Object[] square(int channels, int size) {
            return new Object[] {"B", channels, size, size};
        }

        static Object[] latent(int channels) {
            return scaled(channels, 8);
        }

        static Object[] text() {
            return new Object[] {"B", TEXT_LENGTH, TEXT_HIDDEN};
        }

        static Object[] scaled(int channels, int factor) {
            return new Object[] {"B", channels, "H/" + factor, "W/" + factor};
        }

        static List<TensorSpec> denoiserInputs() {
            return List.of(TensorSpec.of("timestep", "float32", "B"),
                    TensorSpec.of("encoder_hidden_states", "float32", text()));
        }

        static List<TensorSpec> controlNetInputs() {
            return concat(List.of(TensorSpec.of("sample", "float32", latent(LATENT_CHANNELS))), denoiserInputs(),
                    List.of(TensorSpec.of("controlnet_cond", "float32", image())));
        }

        static List<TensorSpec> residuals() {
            List<TensorSpec> residuals = new ArrayList<>();
            for (int i = 0; i < DOWN_RESIDUALS.length; i++) {
                residuals.add(TensorSpec.of("down_block_res_" + i, "float32",
                        scaled(DOWN_RESIDUALS[i][0], DOWN_RESIDUALS[i][1])));
            }
            residuals.add(TensorSpec.of("mid_block_res", "float32", scaled(MID_RESIDUAL[0], MID_RESIDUAL[1])));
            return List.copyOf(residuals);
        }
    }
}
