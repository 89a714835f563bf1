#!/usr/bin/python3
"""Reference values for SamplerTest, computed with numpy (float64) from the published formulas, written the way
diffusers 0.2x writes DDIMScheduler and EulerDiscreteScheduler for SD 1.5's scheduler config (scaled_linear betas
0.00085 .. 0.012, 1000 train steps, steps_offset 1, set_alpha_to_one False; DDIM "leading", Euler "linspace"
spacing) and StableDiffusionImg2ImgPipeline.get_timesteps. Run: /usr/bin/python3 scheduler_reference.py
"""
import numpy as np

T = 1000
betas = np.linspace(0.00085 ** 0.5, 0.012 ** 0.5, T, dtype=np.float64) ** 2
alphas_cumprod = np.cumprod(1.0 - betas)


def img2img_start(n, strength):
    init_timestep = min(int(n * strength), n)
    return max(n - init_timestep, 0)


def ddim(n, strength):
    ratio = T // n
    timesteps = (np.arange(0, n) * ratio).round()[::-1].astype(np.int64) + 1
    start = img2img_start(n, strength)
    rows = []
    for t in timesteps[start:]:
        prev = t - ratio
        a_t = alphas_cumprod[t]
        a_prev = alphas_cumprod[prev] if prev >= 0 else alphas_cumprod[0]
        # x0 = (x - sqrt(1 - a_t) eps) / sqrt(a_t); x' = sqrt(a_prev) x0 + sqrt(1 - a_prev) eps (eta = 0)
        latent = np.sqrt(a_prev) / np.sqrt(a_t)
        noise = np.sqrt(1 - a_prev) - np.sqrt(a_prev) * np.sqrt(1 - a_t) / np.sqrt(a_t)
        rows.append((t, 1.0, latent, noise))
    a0 = alphas_cumprod[timesteps[start]]
    return rows, np.sqrt(a0), np.sqrt(1 - a0), 1.0


def euler(n, strength):
    timesteps = np.linspace(0, T - 1, n, dtype=np.float64)[::-1]
    all_sigmas = np.sqrt((1 - alphas_cumprod) / alphas_cumprod)
    sigmas = np.concatenate([np.interp(timesteps, np.arange(0, T), all_sigmas), [0.0]])
    start = img2img_start(n, strength)
    rows = []
    for i in range(start, n):
        # scale_model_input: x / sqrt(sigma^2 + 1); step: x + (sigma_next - sigma) * eps (s_churn = 0)
        rows.append((timesteps[i], 1 / np.sqrt(sigmas[i] ** 2 + 1), 1.0, sigmas[i + 1] - sigmas[i]))
    return rows, 1.0, sigmas[start], sigmas.max()  # init_noise_sigma is max(sigmas) for linspace spacing


def show(name, plan):
    rows, signal, noise, init = plan
    print(f"{name}: {len(rows)} steps, startSignal {signal:.15g}, startNoise {noise:.15g}, initNoiseSigma {init:.15g}")
    for i in sorted({0, 1, len(rows) // 2, len(rows) - 2, len(rows) - 1}):
        t, scale, latent, noise_scale = rows[i]
        print(f"  step {i}: timestep {t:.15g}, inputScale {scale:.15g}, latentScale {latent:.15g}, "
              f"noiseScale {noise_scale:.15g}")


if __name__ == "__main__":
    print(f"alphas_cumprod[0] {alphas_cumprod[0]:.15g}, [499] {alphas_cumprod[499]:.15g}, "
          f"[999] {alphas_cumprod[999]:.15g}")
    show("DDIM 20 steps, strength 1", ddim(20, 1.0))
    show("DDIM 20 steps, strength 0.5", ddim(20, 0.5))
    show("DDIM 50 steps, strength 0.8", ddim(50, 0.8))
    show("Euler 20 steps, strength 1", euler(20, 1.0))
    show("Euler 20 steps, strength 0.75", euler(20, 0.75))
    show("Euler 30 steps, strength 0.8", euler(30, 0.8))
