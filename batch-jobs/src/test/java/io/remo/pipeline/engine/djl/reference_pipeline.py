#!/usr/bin/python3
"""Reference outputs for PipelineReferenceTest: the tiny stand-in store run by PyTorch (1.13, Debian's) through an
independent Python implementation of diffusers' StableDiffusionControlNetImg2ImgPipeline (multi-ControlNet,
classifier-free guidance; Euler and DDIM as scheduler_reference.py computes them) and StableDiffusionInpaintPipeline
(9-channel UNet, strength 1), with the Java engine's default settings and inputs defined by formulas that the Java
test computes the same way. The initial noise is
java.util.Random(seed).nextGaussian(), reimplemented here, so both sides start from the same latents.

Writes the results as PNG files beside the store (model-store-tiny/reference), which PipelineReferenceTest compares
with the Java engine's pixels. Rerun whenever the stand-ins are regenerated:
    /usr/bin/python3 batch-jobs/src/test/java/io/remo/pipeline/engine/djl/reference_pipeline.py
"""
import math
import os

import numpy as np
import torch
from PIL import Image

import scheduler_reference

STORE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                      "../../../../../../resources/model-store-tiny"))
WIDTH, HEIGHT = 256, 192
STEPS, STRENGTH, GUIDANCE, DEPTH_SCALE, EDGES_SCALE = 10, 0.8, 7.5, 1.0, 0.5
VAE_SCALING = 0.18215
# Token ids of the tiny tokenizer (see PromptTokenizerTest): start, "red", "room", end, padded with end.
START, RED, ROOM, END = 517, 513, 516, 518

models = {name: torch.jit.load(os.path.join(STORE, name + ".pt")).eval() for name in
          ["text_encoder", "unet", "controlnet_depth", "controlnet_edges", "vae_encoder", "vae_decoder",
           "unet_inpaint"]}


class JavaRandom:
    """java.util.Random: the 48-bit LCG and the polar method of nextGaussian, as its Javadoc specifies them."""

    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)
        self.spare = None

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        return self.seed >> (48 - bits)

    def next_double(self):
        return ((self.next(26) << 27) + self.next(27)) * 2.0 ** -53

    def next_gaussian(self):
        if self.spare is not None:
            value, self.spare = self.spare, None
            return value
        while True:
            v1 = 2 * self.next_double() - 1
            v2 = 2 * self.next_double() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        multiplier = math.sqrt(-2 * math.log(s) / s)
        self.spare = v2 * multiplier
        return v1 * multiplier


def noise(seed, shape):
    random = JavaRandom(seed)
    return torch.tensor([random.next_gaussian() for _ in range(int(np.prod(shape)))],
                        dtype=torch.float32).reshape(shape)


def photo():
    """The test photo: red ramps left to right, green top to bottom, blue in diagonal stripes."""
    image = np.zeros((HEIGHT, WIDTH, 3), dtype=np.uint8)
    for y in range(HEIGHT):
        for x in range(WIDTH):
            image[y, x] = (x * 255 // (WIDTH - 1), y * 255 // (HEIGHT - 1), (x + y) * 4 % 256)
    return image


def depth_map():
    return np.array([[y * 255 // (HEIGHT - 1)] * WIDTH for y in range(HEIGHT)], dtype=np.uint8)


def edges_map():
    return np.array([[255 if x % 32 == 0 or y % 32 == 0 else 0 for x in range(WIDTH)] for y in range(HEIGHT)],
                    dtype=np.uint8)


def box_mask():
    mask = np.zeros((HEIGHT, WIDTH), dtype=np.uint8)
    mask[48:144, 64:160] = 255
    return mask


def rgb_tensor(image):
    return torch.from_numpy(image).float().div(255).permute(2, 0, 1).unsqueeze(0)


def gray_tensor(image):
    return torch.from_numpy(image).float().div(255).view(1, 1, HEIGHT, WIDTH)


def text_embeddings(positive):
    def ids(words):
        return [START] + words + [END] * (77 - 1 - len(words))
    return models["text_encoder"](torch.tensor([ids([]), ids(positive)], dtype=torch.int64))


def denoise(latents, rows, predict):
    """rows: (timestep, input scale, latent scale, noise scale) per step, as scheduler_reference computes them."""
    for timestep, input_scale, latent_scale, noise_scale in rows:
        model_input = latents * np.float32(input_scale)
        batch = torch.cat([model_input, model_input])
        t = torch.full((2,), np.float32(timestep))
        unconditional, conditional = predict(batch, t).chunk(2)
        eps = unconditional + (conditional - unconditional) * np.float32(GUIDANCE)
        latents = latents * np.float32(latent_scale) + eps * np.float32(noise_scale)
    return latents


def decode(latents):
    image = models["vae_decoder"](latents / np.float32(VAE_SCALING)) / 2 + 0.5
    return image[0].clamp(0, 1).mul(255).round().to(torch.uint8).permute(1, 2, 0).numpy()


@torch.no_grad()
def option(seed, sampler):
    text = text_embeddings([RED, ROOM])
    latents0 = models["vae_encoder"](rgb_tensor(photo()) * 2 - 1) * np.float32(VAE_SCALING)
    rows, start_signal, start_noise, _ = sampler(STEPS, STRENGTH)
    latents = latents0 * np.float32(start_signal) + noise(seed, latents0.shape) * np.float32(start_noise)
    depth = gray_tensor(depth_map()).repeat(2, 3, 1, 1)
    edges = gray_tensor(edges_map()).repeat(2, 3, 1, 1)

    def predict(batch, t):
        depth_residuals = models["controlnet_depth"](batch, t, text, depth)
        edges_residuals = models["controlnet_edges"](batch, t, text, edges)
        residuals = [d * np.float32(DEPTH_SCALE) + e * np.float32(EDGES_SCALE)
                     for d, e in zip(depth_residuals, edges_residuals)]
        return models["unet"](batch, t, text, *residuals)

    return decode(denoise(latents, rows, predict))


@torch.no_grad()
def inpainting(seed):
    text = text_embeddings([RED, ROOM])
    image = rgb_tensor(photo()) * 2 - 1
    repaint = (gray_tensor(box_mask()) >= 0.5).float()
    masked_latents = models["vae_encoder"](image * (1 - repaint)) * np.float32(VAE_SCALING)
    latent_mask = torch.nn.functional.interpolate(repaint, size=(HEIGHT // 8, WIDTH // 8))
    extra = torch.cat([latent_mask, masked_latents], dim=1).repeat(2, 1, 1, 1)
    rows, _, _, init_noise_sigma = scheduler_reference.euler(STEPS, 1.0)
    latents = noise(seed, masked_latents.shape) * np.float32(init_noise_sigma)

    def predict(batch, t):
        return models["unet_inpaint"](torch.cat([batch, extra], dim=1), t, text)

    return decode(denoise(latents, rows, predict))


def save(name, image):
    os.makedirs(os.path.join(STORE, "reference"), exist_ok=True)
    Image.fromarray(image, "RGB").save(os.path.join(STORE, "reference", name + ".png"))
    print(f"{name}: channel means " + ", ".join(f"{image[:, :, c].mean():.4f}" for c in range(3)))


if __name__ == "__main__":
    save("option-seed-42", option(42, scheduler_reference.euler))
    save("option-ddim-seed-42", option(42, scheduler_reference.ddim))
    save("inpainting-seed-5", inpainting(5))
