package io.remo.pipeline.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The samplers' coefficients against values computed independently with numpy by {@code scheduler_reference.py}
 * (beside this class), which follows diffusers' DDIMScheduler, EulerDiscreteScheduler and img2img get_timesteps for
 * SD 1.5's scheduler config. Its output is quoted in the comments.
 */
class SamplerTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void trainingScheduleIsScaledLinear() {
        // alphas_cumprod[0] 0.99915, [499] 0.277669650456468, [999] 0.00466009851307724
        assertThat(TrainingSchedule.SD15.alphaCumprod(0)).isCloseTo(0.99915, within(TOLERANCE));
        assertThat(TrainingSchedule.SD15.alphaCumprod(499)).isCloseTo(0.277669650456468, within(TOLERANCE));
        assertThat(TrainingSchedule.SD15.alphaCumprod(999)).isCloseTo(0.00466009851307724, within(TOLERANCE));
    }

    @Test
    void ddimFullStrength() {
        DenoisingPlan plan = Sampler.DDIM.plan(20, 1.0);
        // DDIM 20 steps, strength 1: 20 steps, startSignal 0.0903050639080135, startNoise 0.995914150633763
        assertStart(plan, 20, 0.0903050639080135, 0.995914150633763, 1);
        assertThat(plan.steps()).extracting(DenoisingPlan.Step::timestep).containsExactly(951.0, 901.0, 851.0,
                801.0, 751.0, 701.0, 651.0, 601.0, 551.0, 501.0, 451.0, 401.0, 351.0, 301.0, 251.0, 201.0, 151.0,
                101.0, 51.0, 1.0);
        assertStep(plan, 0, 951, 1, 1.31047237120769, -0.312145117790592);
        assertStep(plan, 1, 901, 1, 1.28365873872816, -0.286244131375139);
        assertStep(plan, 10, 451, 1, 1.10623843615605, -0.135236940441511);
        assertStep(plan, 18, 51, 1, 1.02482109065378, -0.186673078044342);
        // The last step goes to alpha_bar(0), as set_alpha_to_one=False says.
        assertStep(plan, 19, 1, 1, 1.00042762346413, -0.0121420901646632);
    }

    @Test
    void ddimImg2ImgSkipsTheFirstSteps() {
        // DDIM 20 steps, strength 0.5: 10 steps, startSignal 0.587841999267839, startNoise 0.808975762243091
        DenoisingPlan half = Sampler.DDIM.plan(20, 0.5);
        assertStart(half, 10, 0.587841999267839, 0.808975762243091, 1);
        assertStep(half, 0, 451, 1, 1.10623843615605, -0.135236940441511);
        assertStep(half, 5, 201, 1, 1.04820114974668, -0.105194787021311);
        // DDIM 50 steps, strength 0.8: 40 steps, startSignal 0.20846103878242, startNoise 0.978030671967784
        DenoisingPlan fifty = Sampler.DDIM.plan(50, 0.8);
        assertStart(fifty, 40, 0.20846103878242, 0.978030671967784, 1);
        assertStep(fifty, 0, 781, 1, 1.0871868526506, -0.08932258216931);
        assertStep(fifty, 20, 381, 1, 1.03554875010195, -0.048901537411467);
        assertStep(fifty, 38, 21, 1, 1.00909553461645, -0.100063542292304);
    }

    @Test
    void eulerFullStrength() {
        DenoisingPlan plan = Sampler.EULER.plan(20, 1.0);
        // Euler 20 steps, strength 1: startSignal 1, startNoise 14.6146412293336, initNoiseSigma 14.6146412293336
        assertStart(plan, 20, 1, 14.6146412293336, 14.6146412293336);
        assertStep(plan, 0, 999, 0.0682649142171675, 1, -3.86779724051657);
        assertStep(plan, 1, 946.421052631579, 0.0926503360512532, 1, -2.66530995585486);
        assertStep(plan, 10, 473.210526315789, 0.559706301958859, 1, -0.234767231289362);
        assertStep(plan, 18, 52.5789473684211, 0.974091884431873, 1, -0.203000472512492);
        assertStep(plan, 19, 0, 0.999574909649097, 1, -0.0291671581517204);
    }

    @Test
    void eulerImg2ImgStartsAtTheSigmaOfItsFirstStep() {
        // Euler 20 steps, strength 0.75: 15 steps, startSignal 1, startNoise 3.86538230968976
        DenoisingPlan plan = Sampler.EULER.plan(20, 0.75);
        assertStart(plan, 15, 1, 3.86538230968976, 14.6146412293336);
        assertStep(plan, 0, 736.105263157895, 0.250460799015092, 1, -0.741614797360828);
        assertStep(plan, 7, 368.052631578947, 0.690295309579224, 1, -0.169712906983709);
        // Euler 30 steps, strength 0.8: 24 steps, startSignal 1, startNoise 4.93564734705984
        DenoisingPlan thirty = Sampler.EULER.plan(30, 0.8);
        assertStart(thirty, 24, 1, 4.93564734705984, 14.6146412293336);
        assertStep(thirty, 1, 757.862068965517, 0.229566351236241, 1, -0.572809394356681);
        assertStep(thirty, 12, 378.931034482759, 0.677216400902984, 1, -0.117419504971814);
        assertStep(thirty, 22, 34.448275862069, 0.983585059526454, 1, -0.154289360150162);
    }

    @Test
    void eulerNoiseScalesSumToTheWholeSigmaRange() {
        // Independent of the table: the Euler steps walk sigma from sigma_0 down to exactly 0.
        DenoisingPlan plan = Sampler.EULER.plan(25, 1.0);
        double walked = plan.steps().stream().mapToDouble(DenoisingPlan.Step::noiseScale).sum();
        assertThat(walked).isCloseTo(-plan.initNoiseSigma(), within(TOLERANCE));
    }

    @Test
    void refusesStrengthsThatRunNoStep() {
        assertThatThrownBy(() -> Sampler.DDIM.plan(20, 0.04)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs no step");
        assertThatThrownBy(() -> Sampler.EULER.plan(20, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sampler.EULER.plan(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertStart(DenoisingPlan plan, int steps, double signal, double noise, double init) {
        assertThat(plan.steps()).hasSize(steps);
        assertThat(plan.startSignal()).isCloseTo(signal, within(TOLERANCE));
        assertThat(plan.startNoise()).isCloseTo(noise, within(TOLERANCE));
        assertThat(plan.initNoiseSigma()).isCloseTo(init, within(TOLERANCE));
    }

    private static void assertStep(DenoisingPlan plan, int index, double timestep, double inputScale,
                                   double latentScale, double noiseScale) {
        List<DenoisingPlan.Step> steps = plan.steps();
        DenoisingPlan.Step step = steps.get(index);
        assertThat(step.timestep()).as("timestep of step %d", index).isCloseTo(timestep, within(1e-9));
        assertThat(step.inputScale()).as("input scale of step %d", index).isCloseTo(inputScale, within(TOLERANCE));
        assertThat(step.latentScale()).as("latent scale of step %d", index).isCloseTo(latentScale, within(TOLERANCE));
        assertThat(step.noiseScale()).as("noise scale of step %d", index).isCloseTo(noiseScale, within(TOLERANCE));
    }
}
