"""The tensor signatures of a Remo model store (format remo-model-store/1), and the manifest writer.

Shared by export_model_store.py (real weights) and batch-jobs/src/test/python/make_tiny_model_store.py (tiny
stand-ins), so that both write what the Java engine (io.remo.pipeline.engine.djl.ModelRole) expects. The engine
refuses a store whose manifest declares anything else, and checks every tensor against these shapes at run time.

Shapes use symbols bound per call: B (batch), H and W (image height and width in pixels, multiples of 64); "H/8" is a
latent dimension (the VAE downsamples 8 times), "H/64" the UNet's deepest level. The analysis networks take the
fixed square sizes their weights were trained at (the engine resizes photos to them and their outputs back).
Every boundary tensor is float32 (token ids int64) whatever precision the weights run at inside.
"""

import hashlib
import json
import os

FORMAT = "remo-model-store/1"

TEXT_LENGTH = 77
TEXT_HIDDEN = 768
LATENT_CHANNELS = 4
VAE_SCALING_FACTOR = 0.18215

# RegionLabel codes 0..6 in order: the segmentation network's output channels.
SEGMENTATION_LABELS = ["other", "wall", "floor", "ceiling", "furniture", "window", "door"]
# Vocabulary.ROOM_TYPES in order: the room-type network's output columns.
ROOM_TYPE_LABELS = ["living_room", "bedroom", "kitchen", "dining_room", "bathroom", "home_office", "kids_room",
                    "hallway", "other"]

# SD 1.5 UNet skip connections in diffusers' order (conv_in, then each down block's resnets and downsampler):
# (channels, downsampling of the image). ControlNets produce residuals of exactly these shapes.
DOWN_RESIDUALS = [(320, 8), (320, 8), (320, 8), (320, 16), (640, 16), (640, 16), (640, 32), (1280, 32),
                  (1280, 32), (1280, 64), (1280, 64), (1280, 64)]
MID_RESIDUAL = (1280, 64)


def tensor(name, dtype, shape):
    return {"name": name, "dtype": dtype, "shape": shape}


def _scaled(channels, factor):
    return ["B", channels, f"H/{factor}", f"W/{factor}"]


IMAGE = ["B", 3, "H", "W"]
# Input sizes of the analysis networks: DPT-Hybrid (MiDaS) 384, SegFormer (ADE20K) 512, a Places365 ResNet 224.
DEPTH_SIZE, SEGMENTATION_SIZE, ROOM_TYPE_SIZE = 384, 512, 224


def _square(channels, size):
    return ["B", channels, size, size]
LATENT = _scaled(LATENT_CHANNELS, 8)
TEXT = ["B", TEXT_LENGTH, TEXT_HIDDEN]

RESIDUALS = [tensor(f"down_block_res_{i}", "float32", _scaled(c, f)) for i, (c, f) in enumerate(DOWN_RESIDUALS)] \
    + [tensor("mid_block_res", "float32", _scaled(*MID_RESIDUAL))]

_DENOISER_INPUTS = [tensor("timestep", "float32", ["B"]), tensor("encoder_hidden_states", "float32", TEXT)]
_CONTROLNET = {
    "inputs": [tensor("sample", "float32", LATENT)] + _DENOISER_INPUTS
    + [tensor("controlnet_cond", "float32", IMAGE)],
    "outputs": RESIDUALS,
}

SIGNATURES = {
    "text_encoder": {
        "inputs": [tensor("input_ids", "int64", ["B", TEXT_LENGTH])],
        "outputs": [tensor("last_hidden_state", "float32", TEXT)],
    },
    "unet": {
        "inputs": [tensor("sample", "float32", LATENT)] + _DENOISER_INPUTS + RESIDUALS,
        "outputs": [tensor("noise_pred", "float32", LATENT)],
    },
    "controlnet_depth": _CONTROLNET,
    "controlnet_edges": _CONTROLNET,
    "vae_encoder": {
        "inputs": [tensor("image", "float32", IMAGE)],
        "outputs": [tensor("latent_mean", "float32", LATENT)],
    },
    "vae_decoder": {
        "inputs": [tensor("latents", "float32", LATENT)],
        "outputs": [tensor("image", "float32", IMAGE)],
    },
    "unet_inpaint": {
        "inputs": [tensor("sample", "float32", _scaled(2 * LATENT_CHANNELS + 1, 8))] + _DENOISER_INPUTS,
        "outputs": [tensor("noise_pred", "float32", LATENT)],
    },
    "depth": {
        "inputs": [tensor("image", "float32", _square(3, DEPTH_SIZE))],
        "outputs": [tensor("inverse_depth", "float32", _square(1, DEPTH_SIZE))],
    },
    "segmentation": {
        "inputs": [tensor("image", "float32", _square(3, SEGMENTATION_SIZE))],
        "outputs": [tensor("logits", "float32", _square(len(SEGMENTATION_LABELS), SEGMENTATION_SIZE))],
    },
    "room_type": {
        "inputs": [tensor("image", "float32", _square(3, ROOM_TYPE_SIZE))],
        "outputs": [tensor("probabilities", "float32", ["B", len(ROOM_TYPE_LABELS)])],
    },
}

# What the inputs mean (value ranges), written into the manifest for operators.
CONVENTIONS = {
    "image": "RGB, NCHW; vae_encoder takes [-1, 1], controlnet_cond and the analysis networks take [0, 1]",
    "latents": "vae_encoder returns the unscaled mean; the engine multiplies by vae.scalingFactor, "
               "and divides by it before vae_decoder",
    "controlnet_cond": "depth: the inverse-depth map normalised to [0, 1] (near 1) on 3 channels; "
                       "edges: Canny edges (0 or 1) on 3 channels",
    "unet_inpaint": "sample channels: 4 noisy latents, 1 mask (1 = repaint, at latent size), "
                    "4 latents of the image with the mask area zeroed",
    "inverse_depth": "relative inverse depth (larger is nearer)",
    "logits": "per pixel, over labels.segmentation",
    "probabilities": "over labels.room_type, summing to 1",
}


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(store_dir, name, description, model_files, tokenizer_file, token_ids, extra=None):
    """Writes manifest.json: every file with its SHA-256, every model with its signature.

    model_files: role -> file name relative to store_dir (every role of SIGNATURES);
    token_ids: {"bos": id, "eos": id, "pad": id} of the CLIP tokenizer.
    """
    missing = sorted(set(SIGNATURES) - set(model_files))
    if missing:
        raise ValueError(f"no file for {missing}")
    models = {}
    for role, file in sorted(model_files.items()):
        models[role] = {"file": file, "sha256": sha256(os.path.join(store_dir, file)), **SIGNATURES[role]}
    manifest = {
        "format": FORMAT,
        "name": name,
        "description": description,
        "models": models,
        "tokenizer": {
            "file": tokenizer_file,
            "sha256": sha256(os.path.join(store_dir, tokenizer_file)),
            "maxLength": TEXT_LENGTH,
            "bosId": token_ids["bos"],
            "eosId": token_ids["eos"],
            "padId": token_ids["pad"],
        },
        "vae": {"scalingFactor": VAE_SCALING_FACTOR},
        "labels": {"segmentation": SEGMENTATION_LABELS, "room_type": ROOM_TYPE_LABELS},
        "conventions": CONVENTIONS,
    }
    if extra:
        manifest.update(extra)
    with open(os.path.join(store_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    return manifest


def example_inputs(role, batch, height, width, torch, device="cpu"):
    """Inputs of the role's signature for a batch of images of height x width pixels (multiples of 64)."""
    return [_example(spec, batch, height, width, torch).to(device) for spec in SIGNATURES[role]["inputs"]]


def check_outputs(role, outputs, batch, height, width):
    """Raises ValueError unless the outputs (a tensor or a tuple) have the role's declared shapes and dtypes."""
    outputs = outputs if isinstance(outputs, (tuple, list)) else (outputs,)
    declared = SIGNATURES[role]["outputs"]
    if len(outputs) != len(declared):
        raise ValueError(f"{role}: {len(outputs)} outputs, declared {len(declared)}")
    for output, spec in zip(outputs, declared):
        expected = [_dim(d, batch, height, width) for d in spec["shape"]]
        if list(output.shape) != expected or str(output.dtype) != "torch." + spec["dtype"]:
            raise ValueError(f"{role}: {spec['name']} is {output.dtype} {list(output.shape)}, "
                             f"declared {spec['dtype']} {expected}")


def _dim(dim, batch, height, width):
    if isinstance(dim, int):
        return dim
    symbol, _, divisor = dim.partition("/")
    value = {"B": batch, "H": height, "W": width}[symbol]
    return value // int(divisor) if divisor else value


def _example(spec, batch, height, width, torch):
    shape = [_dim(d, batch, height, width) for d in spec["shape"]]
    if spec["dtype"] == "int64":
        return torch.randint(0, 512, shape, dtype=torch.int64)  # byte tokens: in every CLIP vocabulary
    if spec["name"] == "timestep":
        return torch.full(shape, 500.0)
    return torch.rand(shape) * 2 - 1
