package video.zapcut.media.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;

class CameraPathTest {

    @Test
    void easingStartsAndEndsAtRest() {
        assertThat(CameraPath.ease(0)).isZero();
        assertThat(CameraPath.ease(1)).isEqualTo(1.0);
        assertThat(CameraPath.ease(0.5)).isEqualTo(0.5);
        assertThat(CameraPath.ease(0.01) - CameraPath.ease(0)).isLessThan(0.001);
        assertThat(CameraPath.ease(0.51) - CameraPath.ease(0.5)).isGreaterThan(0.014);
    }

    @Test
    void noLayerEdgeEverEntersTheFrame() {
        for (AspectRatio a : AspectRatio.values()) {
            int[] plate = CameraPath.plateSize(a);
            for (CameraMove m : CameraMove.values()) {
                for (double strength : new double[] {0, 0.5, 1}) {
                    CameraPath p = CameraPath.of(m, strength, a);
                    int[] product = CameraPath.layerSize(a, p.product()), light = CameraPath.layerSize(a, p.light());
                    for (double e = 0; e <= 1.0001; e += 0.05) {
                        assertCovers(a, p.background(), e, plate, m + " background");
                        assertCovers(a, p.product(), e, product, m + " product");
                        assertCovers(a, p.light(), e, light, m + " light");
                    }
                }
            }
        }
    }

    private static void assertCovers(AspectRatio a, CameraPath.LayerMotion m, double e, int[] size, String what) {
        Rectangle2D onScreen = m.at(e, a, size[0], size[1]).createTransformedShape(new Rectangle(0, 0, size[0], size[1])).getBounds2D();
        assertThat(onScreen.contains(new Rectangle2D.Double(0, 0, a.width(), a.height()))).as(what + " at " + e).isTrue();
    }

    @Test
    void nearLayersMoveFurtherThanFarOnes() {
        AspectRatio a = AspectRatio.LANDSCAPE;
        CameraPath pan = CameraPath.of(CameraMove.PAN_LEFT, 0.6, a);
        assertThat(travel(pan.product())).isGreaterThan(travel(pan.background()) * 1.5);
        assertThat(pan.product().dx1()).as("camera left: world slides right").isPositive();
        CameraPath push = CameraPath.of(CameraMove.PUSH_IN, 0.6, a);
        assertThat(push.product().scale1() - 1).isGreaterThan((push.background().scale1() - 1) * 1.5);
        CameraPath orbit = CameraPath.of(CameraMove.ORBIT, 0.6, a);
        assertThat(Math.signum(orbit.product().dx1() - orbit.product().dx0()))
                .isEqualTo(-Math.signum(orbit.background().dx1() - orbit.background().dx0()));
    }

    @Test
    void motionStrengthScalesTravel() {
        AspectRatio a = AspectRatio.SQUARE;
        assertThat(travel(CameraPath.of(CameraMove.PAN_RIGHT, 1, a).background()))
                .isGreaterThan(travel(CameraPath.of(CameraMove.PAN_RIGHT, 0, a).background()) * 2.5);
        CameraPath pull = CameraPath.of(CameraMove.PULL_OUT, 0.5, a);
        assertThat(pull.background().scale0()).isGreaterThan(pull.background().scale1());
        assertThat(pull.background().scale1()).isEqualTo(1.0, within(1e-9));
    }

    private static double travel(CameraPath.LayerMotion m) { return Math.abs(m.dx1() - m.dx0()); }
}
