#!/usr/bin/env python3
"""Exports a Remo model store (remo-model-store/1) for the DJL engine from real weights.

Every network becomes a TorchScript module with the signature of sd15_signatures.py, wrapped so that its boundary
is float32 whatever precision it computes in; each module is checked against its signature and against the eager
model before it is saved, and manifest.json lists every file with its SHA-256. See README.md beside this file.

The weights are not downloaded here: pass local directories (diffusers / transformers layouts) you obtained under
their licences. Run on a CUDA machine with the PyTorch version the engine runs (2.7.1), e.g.

    python3 export_model_store.py --out /models/sd15-controlnet \\
        --sd15 ./stable-diffusion-v1-5 --inpaint ./stable-diffusion-inpainting \\
        --controlnet-depth ./control_v11f1p_sd15_depth --controlnet-edges ./control_v11p_sd15_canny \\
        --depth ./dpt-hybrid-midas --segmentation ./upernet-convnext-small \\
        --room-type ./resnet18_places365.pth.tar --places365-categories ./categories_places365.txt
"""

import argparse
import gc
import os
import sys

import torch
from torch import nn
import torch.nn.functional as fn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sd15_signatures as sig  # noqa: E402

# ADE20K class names (as in the transformers configs' id2label, stripped) grouped into the engine's RegionLabels;
# every other class is "other". Rugs and curtains go with the surface they cover.
ADE20K_GROUPS = {
    "wall": ["wall"],
    "floor": ["floor", "rug"],
    "ceiling": ["ceiling"],
    "furniture": ["bed", "cabinet", "table", "chair", "sofa", "shelf", "armchair", "seat", "desk", "wardrobe",
                  "cushion", "chest of drawers", "counter", "bookcase", "coffee table", "bench", "countertop",
                  "kitchen island", "swivel chair", "ottoman", "buffet", "stool", "pillow", "lamp", "bathtub",
                  "toilet", "sink", "refrigerator", "stove", "oven", "dishwasher", "washer", "fireplace", "cradle"],
    "window": ["windowpane", "curtain", "blind"],
    "door": ["door", "screen door"],
}

# Places365 categories (categories_places365.txt, without the "/x/" prefix) per vocabulary room type; the
# probabilities of the others make up "other".
PLACES365_GROUPS = {
    "living_room": ["living_room", "television_room", "home_theater"],
    "bedroom": ["bedroom", "bedchamber", "dorm_room", "hotel_room"],
    "kitchen": ["kitchen"],
    "dining_room": ["dining_room", "dining_hall"],
    "bathroom": ["bathroom", "shower"],
    "home_office": ["home_office", "office"],
    "kids_room": ["childs_room", "nursery", "playroom"],
    "hallway": ["corridor", "entrance_hall", "staircase"],
}


def first(output):
    return output[0] if isinstance(output, (tuple, list)) else output


class TextEncoder(nn.Module):
    """CLIP ViT-L/14 text model: last_hidden_state (after the final layer norm), as SD 1.5 conditions on it."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids):
        return first(self.model(input_ids=input_ids, return_dict=False)).float()


class UNet(nn.Module):
    """SD 1.5 UNet taking ControlNet residuals (zeros when no ControlNet is used)."""

    def __init__(self, model, dtype):
        super().__init__()
        self.model = model
        self.dtype = dtype

    def forward(self, sample, timestep, encoder_hidden_states, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11,
                mid):
        down = [r.to(self.dtype) for r in (d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11)]
        return first(self.model(sample.to(self.dtype), timestep, encoder_hidden_states.to(self.dtype),
                                down_block_additional_residuals=down,
                                mid_block_additional_residual=mid.to(self.dtype), return_dict=False)).float()


class InpaintUNet(nn.Module):
    """SD 1.5 inpainting UNet: 9 input channels (latents, mask, masked-image latents)."""

    def __init__(self, model, dtype):
        super().__init__()
        self.model = model
        self.dtype = dtype

    def forward(self, sample, timestep, encoder_hidden_states):
        return first(self.model(sample.to(self.dtype), timestep, encoder_hidden_states.to(self.dtype),
                                return_dict=False)).float()


class ControlNet(nn.Module):
    """A ControlNet's 12 down-block residuals and its mid-block residual at conditioning scale 1 (the engine
    scales and sums them)."""

    def __init__(self, model, dtype):
        super().__init__()
        self.model = model
        self.dtype = dtype

    def forward(self, sample, timestep, encoder_hidden_states, controlnet_cond):
        down, mid = self.model(sample.to(self.dtype), timestep, encoder_hidden_states.to(self.dtype),
                               controlnet_cond=controlnet_cond.to(self.dtype), conditioning_scale=1.0,
                               guess_mode=False, return_dict=False)
        return tuple(r.float() for r in down) + (mid.float(),)


class VaeEncoder(nn.Module):
    """The mean of the VAE's latent distribution, unscaled."""

    def __init__(self, vae, dtype):
        super().__init__()
        self.vae = vae
        self.dtype = dtype

    def forward(self, image):
        return self.vae.encode(image.to(self.dtype)).latent_dist.mean.float()


class VaeDecoder(nn.Module):
    def __init__(self, vae, dtype):
        super().__init__()
        self.vae = vae
        self.dtype = dtype

    def forward(self, latents):
        return first(self.vae.decode(latents.to(self.dtype), return_dict=False)).float()


class Normalized(nn.Module):
    """Normalises a [0, 1] image with the model's mean and standard deviation."""

    def __init__(self, mean, std, dtype):
        super().__init__()
        self.register_buffer("mean", torch.tensor(mean).view(1, -1, 1, 1))
        self.register_buffer("std", torch.tensor(std).view(1, -1, 1, 1))
        self.dtype = dtype

    def normalize(self, image):
        return ((image - self.mean) / self.std).to(self.dtype)


class Depth(Normalized):
    """DPT (MiDaS) relative inverse depth at its 384 x 384 input size."""

    def __init__(self, model, mean, std, dtype):
        super().__init__(mean, std, dtype)
        self.model = model

    def forward(self, image):
        return first(self.model(pixel_values=self.normalize(image), return_dict=False)).float().unsqueeze(1)


class Segmentation(Normalized):
    """ADE20K classes grouped into the RegionLabel classes: the log of each group's summed probability (a logit for
    the engine's argmax), computed at the network's output size, then upsampled to the 512 x 512 input."""

    def __init__(self, model, mean, std, dtype, groups):
        super().__init__(mean, std, dtype)
        self.model = model
        self.register_buffer("groups", groups)  # [7, 150], 1 where the class belongs to the group

    def forward(self, image):
        logits = first(self.model(pixel_values=self.normalize(image), return_dict=False)).float()
        grouped = torch.einsum("kc,bchw->bkhw", self.groups, torch.softmax(logits, dim=1))
        grouped = fn.interpolate(grouped, size=(sig.SEGMENTATION_SIZE, sig.SEGMENTATION_SIZE), mode="bilinear",
                                 align_corners=False)
        return torch.log(grouped.clamp(min=1e-12))


class RoomType(Normalized):
    """Places365 probabilities summed into the vocabulary's room types."""

    def __init__(self, model, dtype, groups):
        super().__init__([0.485, 0.456, 0.406], [0.229, 0.224, 0.225], dtype)
        self.model = model
        self.register_buffer("groups", groups)  # [365, 9]

    def forward(self, image):
        probabilities = torch.softmax(self.model(self.normalize(image)).float(), dim=1)
        return probabilities @ self.groups


def group_matrix(names, groups, labels, what):
    """A [len(labels), len(names)] 0/1 matrix: row k marks the classes of labels[k]; "other" takes the rest."""
    index = {name: i for i, name in enumerate(names)}
    matrix = torch.zeros(len(labels), len(names))
    for k, label in enumerate(labels):
        for name in groups.get(label, []):
            if name not in index:
                raise SystemExit(f"{what} has no class '{name}' (grouped into {label})")
            matrix[k, index[name]] = 1
    matrix[labels.index("other")] = (matrix.sum(0) == 0).float()
    return matrix


def trace_and_check(role, module, device, sizes):
    """Traces at the first size, then checks shapes and agreement with the eager module at every size."""
    module = module.eval().to(device)
    for parameter in module.parameters():
        parameter.requires_grad_(False)
    batch = 2  # classifier-free guidance runs both halves in one batch
    height, width = sizes[0]
    with torch.no_grad():
        traced = torch.jit.trace(module, tuple(sig.example_inputs(role, batch, height, width, torch, device)),
                                 check_trace=False, strict=False)
        for height, width in sizes:
            inputs = sig.example_inputs(role, batch, height, width, torch, device)
            expected = module(*inputs)
            actual = traced(*inputs)
            sig.check_outputs(role, actual, batch, height, width)
            for e, a in zip(expected if isinstance(expected, tuple) else (expected,),
                            actual if isinstance(actual, tuple) else (actual,)):
                error = ((e - a).abs().max() / e.abs().max().clamp(min=1e-6)).item()
                if error > 1e-3:
                    raise SystemExit(f"{role}: the trace differs from the model at {width}x{height} "
                                     f"(relative error {error:.2e}); this diffusers/transformers version does not "
                                     f"trace shape-independently")
    return traced


def save(traced, out, role):
    name = role + ".pt"
    traced.save(os.path.join(out, name))
    print(f"  {role}: {name}", flush=True)
    return name


def release():
    """Gives the GPU memory of the model just exported back (its last reference was deleted)."""
    gc.collect()
    torch.cuda.empty_cache()


def parse_sizes(text):
    sizes = []
    for item in text.split(","):
        width, height = (int(v) for v in item.lower().split("x"))
        if width % 64 or height % 64:
            raise SystemExit(f"size {item}: width and height must be multiples of 64")
        sizes.append((height, width))
    return sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="store directory to write (must not exist)")
    parser.add_argument("--name", default="sd15-controlnet", help="store name, shown in the engine's log")
    parser.add_argument("--sd15", required=True, help="diffusers SD 1.5 (text_encoder, tokenizer, unet, vae)")
    parser.add_argument("--inpaint", required=True, help="diffusers SD 1.5 inpainting (its 9-channel unet)")
    parser.add_argument("--controlnet-depth", required=True, help="diffusers ControlNet, depth (SD 1.5)")
    parser.add_argument("--controlnet-edges", required=True, help="diffusers ControlNet, canny (SD 1.5)")
    parser.add_argument("--depth", required=True, help="transformers DPT depth model (e.g. dpt-hybrid-midas)")
    parser.add_argument("--segmentation", required=True,
                        help="transformers ADE20K semantic segmentation model (UperNet or SegFormer)")
    parser.add_argument("--room-type", required=True, help="Places365 ResNet-18 checkpoint (.pth.tar)")
    parser.add_argument("--places365-categories", required=True, help="categories_places365.txt")
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--dtype", default="float16", choices=["float16", "bfloat16", "float32"],
                        help="precision inside the diffusion modules")
    parser.add_argument("--vae-dtype", default="float16", choices=["float16", "bfloat16", "float32"])
    parser.add_argument("--sizes", default="768x576,576x768,768x448,448x768",
                        help="image sizes (WxH, multiples of 64) the diffusion traces are checked at; the "
                             "engine's warm-up and output sizes must be among them")
    args = parser.parse_args()

    from diffusers import AutoencoderKL, ControlNetModel, UNet2DConditionModel
    from transformers import AutoImageProcessor, AutoModelForDepthEstimation, \
        AutoModelForSemanticSegmentation, CLIPTextModel, CLIPTokenizerFast
    import torchvision

    if os.path.exists(args.out):
        raise SystemExit(f"{args.out} exists; export into a new directory")
    os.makedirs(args.out)
    device = torch.device(args.device)
    dtype = getattr(torch, args.dtype)
    vae_dtype = getattr(torch, args.vae_dtype)
    sizes = parse_sizes(args.sizes)
    files = {}

    print(f"exporting to {args.out} with PyTorch {torch.__version__} on {device}", flush=True)
    tokenizer = CLIPTokenizerFast.from_pretrained(args.sd15, subfolder="tokenizer")
    os.makedirs(os.path.join(args.out, "tokenizer"))
    tokenizer.backend_tokenizer.save(os.path.join(args.out, "tokenizer", "tokenizer.json"))
    token_ids = {"bos": tokenizer.bos_token_id, "eos": tokenizer.eos_token_id, "pad": tokenizer.pad_token_id}
    if tokenizer.model_max_length != sig.TEXT_LENGTH:
        raise SystemExit(f"tokenizer max length {tokenizer.model_max_length}, expected {sig.TEXT_LENGTH}")

    text = CLIPTextModel.from_pretrained(args.sd15, subfolder="text_encoder", torch_dtype=dtype)
    files["text_encoder"] = save(trace_and_check("text_encoder", TextEncoder(text), device, sizes[:1]),
                                 args.out, "text_encoder")
    del text
    release()

    unet = UNet2DConditionModel.from_pretrained(args.sd15, subfolder="unet", torch_dtype=dtype)
    files["unet"] = save(trace_and_check("unet", UNet(unet, dtype), device, sizes), args.out, "unet")
    del unet
    release()

    for role, path in (("controlnet_depth", args.controlnet_depth), ("controlnet_edges", args.controlnet_edges)):
        controlnet = ControlNetModel.from_pretrained(path, torch_dtype=dtype)
        files[role] = save(trace_and_check(role, ControlNet(controlnet, dtype), device, sizes), args.out, role)
        del controlnet
        release()

    inpaint = UNet2DConditionModel.from_pretrained(args.inpaint, subfolder="unet", torch_dtype=dtype)
    if inpaint.config.in_channels != 2 * sig.LATENT_CHANNELS + 1:
        raise SystemExit(f"{args.inpaint}: the UNet has {inpaint.config.in_channels} input channels, not 9")
    files["unet_inpaint"] = save(trace_and_check("unet_inpaint", InpaintUNet(inpaint, dtype), device, sizes),
                                 args.out, "unet_inpaint")
    del inpaint
    release()

    vae = AutoencoderKL.from_pretrained(args.sd15, subfolder="vae", torch_dtype=vae_dtype)
    if abs(vae.config.scaling_factor - sig.VAE_SCALING_FACTOR) > 1e-6:
        raise SystemExit(f"VAE scaling factor {vae.config.scaling_factor}, expected {sig.VAE_SCALING_FACTOR}")
    files["vae_encoder"] = save(trace_and_check("vae_encoder", VaeEncoder(vae, vae_dtype), device, sizes),
                                args.out, "vae_encoder")
    files["vae_decoder"] = save(trace_and_check("vae_decoder", VaeDecoder(vae, vae_dtype), device, sizes),
                                args.out, "vae_decoder")
    del vae
    release()

    # The analysis networks are small: float32, at their fixed input sizes.
    processor = AutoImageProcessor.from_pretrained(args.depth)
    depth = AutoModelForDepthEstimation.from_pretrained(args.depth, torchscript=True)
    files["depth"] = save(trace_and_check("depth", Depth(depth, processor.image_mean, processor.image_std,
                                                         torch.float32), device, [(sig.DEPTH_SIZE,) * 2]),
                           args.out, "depth")
    del depth
    release()

    processor = AutoImageProcessor.from_pretrained(args.segmentation)
    segmentation = AutoModelForSemanticSegmentation.from_pretrained(args.segmentation, torchscript=True)
    names = [segmentation.config.id2label[i].strip() for i in range(len(segmentation.config.id2label))]
    groups = group_matrix(names, ADE20K_GROUPS, sig.SEGMENTATION_LABELS, args.segmentation)
    files["segmentation"] = save(trace_and_check("segmentation", Segmentation(
        segmentation, processor.image_mean, processor.image_std, torch.float32, groups), device,
        [(sig.SEGMENTATION_SIZE,) * 2]),
        args.out, "segmentation")
    del segmentation
    release()

    with open(args.places365_categories, encoding="utf-8") as f:
        categories = [line.split()[0][3:] for line in f if line.strip()]  # "/b/bedroom 45" -> "bedroom"
    resnet = torchvision.models.resnet18(num_classes=len(categories))
    checkpoint = torch.load(args.room_type, map_location="cpu")
    resnet.load_state_dict({k.removeprefix("module."): v for k, v in checkpoint["state_dict"].items()})
    groups = group_matrix(categories, PLACES365_GROUPS, sig.ROOM_TYPE_LABELS, args.places365_categories).T
    files["room_type"] = save(trace_and_check("room_type", RoomType(resnet, torch.float32, groups), device,
                                              [(sig.ROOM_TYPE_SIZE,) * 2]), args.out, "room_type")
    del resnet
    release()

    sig.write_manifest(args.out, args.name, "SD 1.5 + ControlNet depth/canny + inpainting, DPT depth, ADE20K "
                       "segmentation, Places365 room type", files, "tokenizer/tokenizer.json", token_ids,
                       extra={"export": {
                           "torch": torch.__version__, "device": str(device), "dtype": args.dtype,
                           "vaeDtype": args.vae_dtype, "checkedSizes": [f"{w}x{h}" for h, w in sizes],
                           "sources": {
                               "sd15": os.path.abspath(args.sd15), "inpaint": os.path.abspath(args.inpaint),
                               "controlnet_depth": os.path.abspath(args.controlnet_depth),
                               "controlnet_edges": os.path.abspath(args.controlnet_edges),
                               "depth": os.path.abspath(args.depth),
                               "segmentation": os.path.abspath(args.segmentation),
                               "room_type": os.path.abspath(args.room_type)}}})
    megabytes = sum(os.path.getsize(os.path.join(args.out, f)) for f in files.values()) >> 20
    print(f"wrote {os.path.join(args.out, 'manifest.json')}: {len(files)} modules, {megabytes} MiB")


if __name__ == "__main__":
    main()
