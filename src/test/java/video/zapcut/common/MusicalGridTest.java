package video.zapcut.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MusicalGridTest {

    @ParameterizedTest(name = "{0} s at energy {1}")
    @CsvSource({"15,1", "15,5", "15,10", "30,1", "30,4", "30,7", "30,10", "60,2", "60,6", "60,9"})
    void scenesFillTheAdOnWholeBarsAndWholeFrames(int seconds, int energy) {
        MusicalGrid grid = MusicalGrid.forEnergy(energy, seconds);
        List<Double> durations = grid.split(new double[] {1.0, 1.0, 1.0, 1.2, 0.9});

        assertThat(durations).hasSize(5);
        assertThat(durations.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(seconds, org.assertj.core.data.Offset.offset(1e-9));
        for (double d : durations) {
            assertThat(d).isPositive();
            assertThat(d / grid.barSeconds()).as("whole bars").isCloseTo(Math.rint(d / grid.barSeconds()), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(d * 30).as("whole frames").isCloseTo(Math.rint(d * 30), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @ParameterizedTest
    @CsvSource({"1,30", "10,30"})
    void calmBriefsGetSlowerTemposThanEnergeticOnes(int ignored, int seconds) {
        assertThat(MusicalGrid.forEnergy(1, seconds).bpm()).isLessThan(MusicalGrid.forEnergy(10, seconds).bpm());
    }
}
