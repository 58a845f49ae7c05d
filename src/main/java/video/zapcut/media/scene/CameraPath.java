package video.zapcut.media.scene;

import java.awt.geom.AffineTransform;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;

/**
 * How a camera move displaces each layer during a shot. Every layer is centred on the frame; at eased
 * progress {@code e} a layer pixel {@code p} lands on screen at {@code F + (p - C) * scale(e) + d(e)}
 * (F frame centre, C layer centre). Nearer layers move further than far ones, which is what sells depth.
 * The scene renderer uses this for the keyframe (e = 0) and the clip renderer for every frame, so the
 * keyframe is exactly the clip's first frame.
 */
record CameraPath(LayerMotion background, LayerMotion product, LayerMotion light) {
    /** The background plate is this much larger than the frame in each dimension: room to move into. */
    static final double PLATE = 1.2;

    /**
     * One layer's travel: scale and offset (frame pixels) at the start and end of the shot; values
     * between follow the eased progress linearly.
     */
    record LayerMotion(double scale0, double scale1, double dx0, double dx1, double dy0, double dy1) {
        static final LayerMotion STILL = new LayerMotion(1, 1, 0, 0, 0, 0);

        double scale(double e) { return scale0 + (scale1 - scale0) * e; }

        double dx(double e) { return dx0 + (dx1 - dx0) * e; }

        double dy(double e) { return dy0 + (dy1 - dy0) * e; }

        boolean scales() { return scale0 != 1 || scale1 != 1; }

        double maxAbsDx() { return Math.max(Math.abs(dx0), Math.abs(dx1)); }

        double maxAbsDy() { return Math.max(Math.abs(dy0), Math.abs(dy1)); }

        double minScale() { return Math.min(scale0, scale1); }

        /** Layer-to-frame transform at eased progress {@code e} for a layer of the given size. */
        AffineTransform at(double e, AspectRatio a, int layerW, int layerH) {
            AffineTransform t = new AffineTransform();
            t.translate(a.width() / 2.0 + dx(e), a.height() / 2.0 + dy(e));
            t.scale(scale(e), scale(e));
            t.translate(-layerW / 2.0, -layerH / 2.0);
            return t;
        }
    }

    /** Smoothstep: starts and ends at rest, so a move never begins or stops with a jolt. */
    static double ease(double t) {
        double x = Math.max(0, Math.min(1, t));
        return x * x * (3 - 2 * x);
    }

    static CameraPath of(CameraMove move, double motionStrength, AspectRatio aspect) {
        double w = aspect.width(), h = aspect.height();
        // Even a calm ad needs visible motion; energy adds up to about three times as much travel.
        double k = 0.35 + 0.65 * Math.max(0, Math.min(1, motionStrength));
        double margin = (PLATE - 1) / 2 * w;           // how far the plate can slide at scale 1
        double pan = 0.85 * margin * k;                  // background pan half-travel
        double sweep = (0.2 + 0.22 * k) * w;             // light travel
        CameraMove m = move == null ? CameraMove.STATIC : move;
        return switch (m) {
            case PUSH_IN -> new CameraPath(new LayerMotion(1, 1 + 0.10 * k, 0, 0, 0, 0),
                    new LayerMotion(1, 1 + 0.2 * k, 0, 0, 0, -0.012 * h * k),
                    new LayerMotion(1, 1, 0, sweep, 0, 0));
            case PULL_OUT -> new CameraPath(new LayerMotion(1 + 0.10 * k, 1, 0, 0, 0, 0),
                    new LayerMotion(1 + 0.2 * k, 1, 0, 0, -0.012 * h * k, 0),
                    new LayerMotion(1, 1, 0, -sweep, 0, 0));
            // Camera moving left: the world slides right, the near product faster than the far plate.
            case PAN_LEFT -> new CameraPath(new LayerMotion(1, 1, -pan, pan, 0, 0),
                    new LayerMotion(1, 1, -1.7 * pan, 1.7 * pan, 0, 0),
                    new LayerMotion(1, 1, 0, sweep, 0, 0));
            case PAN_RIGHT -> new CameraPath(new LayerMotion(1, 1, pan, -pan, 0, 0),
                    new LayerMotion(1, 1, 1.7 * pan, -1.7 * pan, 0, 0),
                    new LayerMotion(1, 1, 0, -sweep, 0, 0));
            // Circling the product: background and product slide opposite ways while the product grows a touch.
            case ORBIT -> new CameraPath(new LayerMotion(1.02, 1.02, -0.9 * pan, 0.9 * pan, 0, 0),
                    new LayerMotion(1, 1 + 0.07 * k, 0.55 * pan, -0.55 * pan, 0, 0),
                    new LayerMotion(1, 1, 0, 0.8 * sweep, 0, 0));
            // Locked off: the product breathes and the light drifts; the plate stays put (and so costs no
            // per-frame scaling, which matters because a static shot is otherwise the cheapest to render).
            case STATIC -> new CameraPath(LayerMotion.STILL,
                    new LayerMotion(1, 1.015, 0, 0, 0, 0),
                    new LayerMotion(1, 1, 0, 0.12 * sweep, 0, 0));
        };
    }

    /** Plate size: {@link #PLATE} times the frame, even so chroma subsampling never splits a pixel. */
    static int[] plateSize(AspectRatio a) {
        return new int[] {Raster.even(a.width() * PLATE), Raster.even(a.height() * PLATE)};
    }

    /**
     * Canvas a moving layer needs so that no edge of it ever enters the frame: the frame plus twice the
     * largest offset (scales here are never below 1, so scaling only ever shows less of the layer).
     */
    static int[] layerSize(AspectRatio a, LayerMotion m) {
        double s = Math.max(1e-3, Math.min(1, m.minScale()));
        return new int[] {Raster.even((a.width() + 2 * m.maxAbsDx()) / s + 8), Raster.even((a.height() + 2 * m.maxAbsDy()) / s + 8)};
    }
}
