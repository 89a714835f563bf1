#!/usr/bin/python3
"""Writes batch-jobs/src/test/resources/model-store-tiny: TorchScript stand-ins for every network of the DJL
engine, with the real signatures (docker/model-store/sd15_signatures.py) and minimal widths, a small CLIP-style
BPE tokenizer and the manifest. The Java pipeline runs end to end on them on a CPU in seconds.

The stand-ins behave like what they stand for, so that the pipeline's output is a bounded image that depends on
every input: the UNets are ideal denoisers for a Gaussian prior whose mean small convolutions draw from the
latents, the timestep, the text and the ControlNet residuals (so the samplers converge as with a trained model);
the inpainting UNet keeps the masked image's latents outside the mask; the VAE is an 8x pooling with a colour
matrix and its inverse; the analysis networks look at colours and the vertical position.

Run once with Debian's PyTorch (apt-get install python3-torch; 1.13 exports TorchScript that PyTorch 2.7 loads):
    /usr/bin/python3 batch-jobs/src/test/python/make_tiny_model_store.py
Weights come from a fixed seed; the committed files are the reference, so regenerate only on purpose.
"""

import json
import math
import os
import sys

import torch
from torch import nn
import torch.nn.functional as fn

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "docker", "model-store"))
import sd15_signatures as sig  # noqa: E402

STORE = os.path.join(REPO, "batch-jobs", "src", "test", "resources", "model-store-tiny")
WIDTH = 8  # feature channels inside every stand-in
VARIANCE = 0.0025  # of the denoisers' prior over scaled latents (std 0.05)

# SD 1.5's training noise schedule (scaled-linear betas), which the stand-in denoisers assume.
BETAS = torch.linspace(0.00085 ** 0.5, 0.012 ** 0.5, 1000, dtype=torch.float64) ** 2
ALPHAS_CUMPROD = torch.cumprod(1.0 - BETAS, dim=0).to(torch.float32)


def time_features(timestep: torch.Tensor, width: int) -> torch.Tensor:
    half = width // 2
    freqs = torch.exp(torch.arange(half, dtype=torch.float32, device=timestep.device) * (-math.log(10000.0) / half))
    angles = timestep.float().unsqueeze(1) * freqs.unsqueeze(0)
    return torch.cat([torch.cos(angles), torch.sin(angles)], dim=1)


def alpha_bar(table: torch.Tensor, timestep: torch.Tensor) -> torch.Tensor:
    """alphas_cumprod at (fractional) timesteps, interpolated linearly."""
    t = timestep.float().clamp(0.0, 999.0)
    low = t.floor()
    weight = t - low
    return table[low.long()] * (1.0 - weight) + table[t.ceil().long()] * weight


def vertical_position(image: torch.Tensor) -> torch.Tensor:
    """0 at the top row .. 1 at the bottom row, shaped [B, 1, H, W]."""
    rows = torch.ones_like(image[:, :1]).cumsum(2) - 1.0
    return rows / rows.amax(dim=2, keepdim=True).clamp(min=1.0)


def fold(residual: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """A residual [B, C, h, w] averaged down to WIDTH channels and brought to the latent size."""
    b, c, h, w = residual.shape
    grouped = residual.reshape(b, 8, c // 8, h, w).mean(2)
    return fn.interpolate(grouped, size=[height, width], mode="nearest")


class Conditioning(nn.Module):
    """Features of the latents, the timestep and the text, shared by the UNets and the ControlNets."""

    def __init__(self, in_channels):
        super().__init__()
        self.conv_in = nn.Conv2d(in_channels, WIDTH, 3, padding=1)
        self.time = nn.Linear(WIDTH, WIDTH)
        self.text = nn.Linear(sig.TEXT_HIDDEN, WIDTH)

    def forward(self, sample, timestep, encoder_hidden_states):
        return (self.conv_in(sample) + self.time(time_features(timestep, 8))[:, :, None, None]
                + self.text(encoder_hidden_states.mean(1))[:, :, None, None])


class GaussianDenoiser(nn.Module):
    """Predicts the noise of x_t = sqrt(a) x0 + sqrt(1 - a) eps for x0 ~ N(mean, VARIANCE), E[x0 | x_t] in closed
    form. The variance is that of the stand-in VAE's scaled latents of photos, so samples look like them."""

    def __init__(self):
        super().__init__()
        self.register_buffer("alphas_cumprod", ALPHAS_CUMPROD.clone())
        self.variance = VARIANCE

    def forward(self, sample, timestep, mean):
        a = alpha_bar(self.alphas_cumprod, timestep)[:, None, None, None]
        x0 = mean + a.sqrt() * self.variance / (a * self.variance + 1.0 - a) * (sample - a.sqrt() * mean)
        return (sample - a.sqrt() * x0) / (1.0 - a).sqrt()


class TinyTextEncoder(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.tokens = nn.Embedding(vocab_size, WIDTH)
        self.positions = nn.Parameter(torch.randn(sig.TEXT_LENGTH, WIDTH) * 0.1)
        self.projection = nn.Linear(WIDTH, sig.TEXT_HIDDEN)
        self.norm = nn.LayerNorm(sig.TEXT_HIDDEN)

    def forward(self, input_ids):
        x = self.tokens(input_ids) + self.positions
        # Each position sees the tokens up to itself, as CLIP's causal attention does.
        seen = torch.arange(1, x.shape[1] + 1, dtype=x.dtype, device=x.device).view(1, -1, 1)
        return self.norm(self.projection(x.cumsum(1) / seen))


class TinyUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conditioning = Conditioning(sig.LATENT_CHANNELS)
        self.mix = nn.Conv2d(WIDTH, WIDTH, 3, padding=1)
        self.conv_out = nn.Conv2d(WIDTH, sig.LATENT_CHANNELS, 3, padding=1)
        self.denoiser = GaussianDenoiser()

    def forward(self, sample, timestep, encoder_hidden_states,
                d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, mid):
        h = self.conditioning(sample, timestep, encoder_hidden_states)
        height = sample.shape[2]
        width = sample.shape[3]
        for residual in [d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, mid]:
            h = h + fold(residual, height, width)
        mean = torch.tanh(self.conv_out(fn.silu(self.mix(fn.silu(h))))) * 0.5
        return self.denoiser(sample, timestep, mean)


class TinyInpaintUNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conditioning = Conditioning(2 * sig.LATENT_CHANNELS + 1)
        self.conv_out = nn.Conv2d(WIDTH, sig.LATENT_CHANNELS, 3, padding=1)
        self.denoiser = GaussianDenoiser()

    def forward(self, sample, timestep, encoder_hidden_states):
        latents = sample[:, :4]
        mask = sample[:, 4:5]
        masked_image_latents = sample[:, 5:]
        painted = torch.tanh(self.conv_out(fn.silu(self.conditioning(sample, timestep, encoder_hidden_states)))) * 0.5
        # Like the real inpainting UNet, it reproduces the image where the mask says keep.
        mean = masked_image_latents * (1.0 - mask) + painted * mask
        return self.denoiser(latents, timestep, mean)


class TinyControlNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conditioning = Conditioning(sig.LATENT_CHANNELS)
        self.hint = nn.Conv2d(3, WIDTH, 3, padding=1)
        shapes = sig.DOWN_RESIDUALS + [sig.MID_RESIDUAL]
        self.channels = [c for c, _ in shapes]
        self.pooling = [f // 8 for _, f in shapes]
        # One gain per output channel: the residuals have SD 1.5's widths while the features have 8 channels.
        self.gains = nn.Parameter(torch.randn(sum(self.channels)) * 0.2)

    def forward(self, sample, timestep, encoder_hidden_states, controlnet_cond):
        hint = self.hint(fn.avg_pool2d(controlnet_cond, 8))
        h = fn.silu(self.conditioning(sample, timestep, encoder_hidden_states) + hint)
        residuals = []
        offset = 0
        for i in range(len(self.channels)):
            channels = self.channels[i]
            level = fn.avg_pool2d(h, self.pooling[i]) if self.pooling[i] > 1 else h
            gain = self.gains[offset:offset + channels].view(1, channels, 1, 1)
            residuals.append(level.repeat(1, channels // 8, 1, 1) * gain)
            offset += channels
        return (residuals[0], residuals[1], residuals[2], residuals[3], residuals[4], residuals[5], residuals[6],
                residuals[7], residuals[8], residuals[9], residuals[10], residuals[11], residuals[12])


# A colour matrix (RGB -> 4 latent channels) with an exact left inverse: decode(encode(x)) is x, 8x pooled and
# smoothly upsampled.
VAE_MATRIX = torch.tensor([[0.9, 0.8, 0.7], [0.6, -0.3, -0.4], [-0.2, 0.7, -0.5], [0.3, 0.2, 0.9]]) * 4.0


class TinyVaeEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("matrix", VAE_MATRIX.clone())

    def forward(self, image):
        return torch.einsum("kc,bchw->bkhw", self.matrix, fn.avg_pool2d(image, 8))


class TinyVaeDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("inverse", torch.linalg.pinv(VAE_MATRIX))
        self.smooth = nn.Conv2d(3, 3, 3, padding=1, groups=3, bias=False)
        with torch.no_grad():
            self.smooth.weight.fill_(1.0 / 16)
            self.smooth.weight[:, :, 1, 1] = 0.5

    def forward(self, latents):
        colours = torch.einsum("ck,bkhw->bchw", self.inverse, latents)
        return self.smooth(fn.interpolate(colours, scale_factor=8.0, mode="bilinear", align_corners=False))


class TinyDepth(nn.Module):
    def __init__(self):
        super().__init__()
        self.texture = nn.Conv2d(3, 1, 3, padding=1)

    def forward(self, image):
        # Rooms photographed level: the floor at the bottom is nearest.
        return 0.2 + 0.8 * vertical_position(image) + 0.1 * torch.tanh(self.texture(image))


class TinySegmentation(nn.Module):
    def __init__(self):
        super().__init__()
        self.colour = nn.Conv2d(3, len(sig.SEGMENTATION_LABELS), 1)
        # other, wall, floor, ceiling, furniture, window, door: where each class tends to be, top to bottom.
        self.register_buffer("top", torch.tensor([0.0, 0.5, -2.0, 2.0, -0.5, 0.6, 0.0]).view(1, -1, 1, 1))
        self.register_buffer("bottom", torch.tensor([0.0, 0.0, 2.0, -2.0, 0.8, -1.0, 0.0]).view(1, -1, 1, 1))

    def forward(self, image):
        y = vertical_position(image)
        return self.colour(image) + self.top * (1.0 - y) + self.bottom * y


class TinyRoomType(nn.Module):
    def __init__(self):
        super().__init__()
        self.classifier = nn.Linear(3, len(sig.ROOM_TYPE_LABELS))

    def forward(self, image):
        return torch.softmax(self.classifier(image.mean(dim=(2, 3))), dim=1)


def clip_byte_alphabet():
    """CLIP's bytes_to_unicode: printable bytes map to themselves, the others to code points from 256 on."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("\u00a1"), ord("\u00ac") + 1)) \
        + list(range(ord("\u00ae"), ord("\u00ff") + 1))
    points = printable[:]
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            points.append(256 + extra)
            extra += 1
    return [chr(p) for p in points]


# A few merges, so that tokenization exercises BPE: "red" and "room" become single tokens.
MERGES = [("r", "e"), ("re", "d</w>"), ("r", "o"), ("ro", "o"), ("roo", "m</w>")]


def write_tokenizer(path):
    """A HuggingFace tokenizer.json laid out like openai/clip-vit-large-patch14's, with a 519-token vocabulary."""
    alphabet = clip_byte_alphabet()
    vocab = alphabet + [c + "</w>" for c in alphabet] + ["".join(m) for m in MERGES] \
        + ["<|startoftext|>", "<|endoftext|>"]
    ids = {token: i for i, token in enumerate(vocab)}
    special = {"single_word": False, "lstrip": False, "rstrip": False, "special": True}
    tokenizer = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": ids["<|startoftext|>"], "content": "<|startoftext|>", "normalized": True, **special},
            {"id": ids["<|endoftext|>"], "content": "<|endoftext|>", "normalized": False, **special},
        ],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "NFC"},
            {"type": "Replace", "pattern": {"Regex": "\\s+"}, "content": " "},
            {"type": "Lowercase"}]},
        "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {"Regex": "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|"
                                                   "[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+"},
             "behavior": "Removed", "invert": True},
            {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]},
        "post_processor": {"type": "RobertaProcessing", "sep": ["<|endoftext|>", ids["<|endoftext|>"]],
                           "cls": ["<|startoftext|>", ids["<|startoftext|>"]], "trim_offsets": False,
                           "add_prefix_space": False},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": "<|endoftext|>", "continuing_subword_prefix": "",
                  "end_of_word_suffix": "</w>", "fuse_unk": False, "byte_fallback": False, "vocab": ids,
                  "merges": [" ".join(m) for m in MERGES]},
    }
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(tokenizer, f, ensure_ascii=False)
    return len(vocab), {"bos": ids["<|startoftext|>"], "eos": ids["<|endoftext|>"], "pad": ids["<|endoftext|>"]}


def save(module, role):
    """Scripts the module (shapes stay symbolic), checks it against the role's signature and saves it."""
    module.eval()
    for parameter in module.parameters():
        parameter.requires_grad_(False)
    scripted = torch.jit.script(module)
    with torch.no_grad(), torch.random.fork_rng(devices=[]):  # the checks leave the weights' seed stream alone
        for batch, height, width in [(1, 64, 64), (2, 128, 192)]:
            sig.check_outputs(role, scripted(*sig.example_inputs(role, batch, height, width, torch)),
                              batch, height, width)
    name = role + ".pt"
    scripted.save(os.path.join(STORE, name))
    return name


def main():
    torch.manual_seed(20240611)
    os.makedirs(STORE, exist_ok=True)
    vocab_size, token_ids = write_tokenizer(os.path.join(STORE, "tokenizer", "tokenizer.json"))
    files = {
        "text_encoder": save(TinyTextEncoder(vocab_size), "text_encoder"),
        "unet": save(TinyUNet(), "unet"),
        "controlnet_depth": save(TinyControlNet(), "controlnet_depth"),
        "controlnet_edges": save(TinyControlNet(), "controlnet_edges"),
        "vae_encoder": save(TinyVaeEncoder(), "vae_encoder"),
        "vae_decoder": save(TinyVaeDecoder(), "vae_decoder"),
        "unet_inpaint": save(TinyInpaintUNet(), "unet_inpaint"),
        "depth": save(TinyDepth(), "depth"),
        "segmentation": save(TinySegmentation(), "segmentation"),
        "room_type": save(TinyRoomType(), "room_type"),
    }
    sig.write_manifest(STORE, "tiny-stand-ins",
                       "Stand-ins with the SD 1.5 signatures for tests; see make_tiny_model_store.py",
                       files, "tokenizer/tokenizer.json", token_ids)


if __name__ == "__main__":
    main()
