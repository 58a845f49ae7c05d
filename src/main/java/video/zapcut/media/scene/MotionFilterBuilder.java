package video.zapcut.media.scene;

import java.awt.Rectangle;
import java.util.Locale;
import video.zapcut.common.AspectRatio;

/**
 * Writes the FFmpeg filtergraph that animates a scene's layers along a {@link CameraPath}.
 *
 * <p>Design, for speed and smoothness on two cores:
 * <ul>
 *   <li>each PNG is decoded once and repeated with {@code loop}; everything static happens before the
 *       loop, so it runs once: cropping each layer to the part the camera ever sees (a push-in never
 *       sees the plate's margin, so it is not scaled every frame), padding, pixel-format conversion;</li>
 *   <li>zoom is {@code scale} with per-frame expressions; position is a {@code crop} window with
 *       {@code exact=1}, so layers move in single-pixel steps (overlay positions would snap to even
 *       pixels in 4:2:0) and every step follows the same eased, monotonic curve: no zoompan wobble;</li>
 *   <li>the product is overlaid at a fixed position through a window covering only where it travels,
 *       so per-frame work is proportional to the product, not the frame.</li>
 * </ul>
 */
final class MotionFilterBuilder {
    private final AspectRatio aspect;
    private final int frames;
    private final CameraPath path;
    private final int startFrame;

    /**
     * A layer as FFmpeg sees it.
     *
     * @param input   FFmpeg input index
     * @param width   PNG width
     * @param height  PNG height
     * @param content bounds of the non-transparent pixels (the whole image for the opaque plate)
     */
    record LayerInput(int input, int width, int height, Rectangle content) {}

    MotionFilterBuilder(AspectRatio aspect, int frames, CameraPath path) { this(aspect, frames, path, 0); }

    /**
     * @param startFrame the first frame of the shot to render (0 for all of it): the output is frames
     *                   {@code startFrame..frames-1} of the move, so a shot can be rendered in two parts
     */
    MotionFilterBuilder(AspectRatio aspect, int frames, CameraPath path, int startFrame) {
        if (frames < 1) throw new IllegalArgumentException("frames must be >= 1: " + frames);
        if (startFrame < 0 || startFrame >= frames) throw new IllegalArgumentException("start frame outside the shot: " + startFrame);
        this.aspect = aspect;
        this.frames = frames;
        this.path = path;
        this.startFrame = startFrame;
    }

    /** The filtergraph; its output pad is {@code [v]}. {@code product} and {@code light} may be null. */
    String build(LayerInput background, LayerInput product, LayerInput light) {
        StringBuilder f = new StringBuilder();
        f.append(chain(background, path.background(), new Rectangle(0, 0, aspect.width(), aspect.height()), "yuv420p", "bg"));
        String current = "bg";
        Rectangle window = product == null ? null : productWindow(product);
        if (window != null) {
            f.append(';').append(chain(product, path.product(), window, "yuva420p", "p"));
            f.append(String.format(Locale.ROOT, ";[%s][p]overlay=x=%d:y=%d:eval=init:format=yuv420[bgp]", current, window.x, window.y));
            current = "bgp";
        }
        if (light != null && light.content() != null) {
            Rectangle c = light.content();
            f.append(String.format(Locale.ROOT, ";[%d:v]crop=%d:%d:%d:%d,format=yuva420p,%s[l]", light.input(), c.width, c.height,
                    c.x, c.y, loop()));
            double x0 = aspect.width() / 2.0 + (c.x - light.width() / 2.0);
            double y0 = aspect.height() / 2.0 + (c.y - light.height() / 2.0);
            CameraPath.LayerMotion m = path.light();
            f.append(String.format(Locale.ROOT, ";[%s][l]overlay=x='%s':y='%s':format=yuv420[lit]", current,
                    lerp(x0 + m.dx0(), x0 + m.dx1()), lerp(y0 + m.dy0(), y0 + m.dy1())));
            current = "lit";
        }
        f.append(String.format(Locale.ROOT, ";[%s]format=yuv420p[v]", current));
        return f.toString();
    }

    /** Eased progress points sampled to bound the layer's travel (moves are monotonic in between). */
    private static double[] samples() {
        double[] e = new double[33];
        for (int i = 0; i < e.length; i++) e[i] = i / 32.0;
        return e;
    }

    /**
     * Screen region the product ever covers (union over the shot, clipped to the frame), with x/y even
     * so a 4:2:0 overlay can sit there exactly. Null when the product never shows.
     */
    Rectangle productWindow(LayerInput p) {
        CameraPath.LayerMotion m = path.product();
        Rectangle b = p.content();
        double cx = p.width() / 2.0, cy = p.height() / 2.0;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double e : samples()) {
            double s = m.scale(e);
            x0 = Math.min(x0, aspect.width() / 2.0 + (b.x - cx) * s + m.dx(e));
            y0 = Math.min(y0, aspect.height() / 2.0 + (b.y - cy) * s + m.dy(e));
            x1 = Math.max(x1, aspect.width() / 2.0 + (b.x + b.width - cx) * s + m.dx(e));
            y1 = Math.max(y1, aspect.height() / 2.0 + (b.y + b.height - cy) * s + m.dy(e));
        }
        int ux = Math.max(0, ((int) Math.floor(x0) - 2) & ~1), uy = Math.max(0, ((int) Math.floor(y0) - 2) & ~1);
        int ux1 = Math.min(aspect.width(), (int) Math.ceil(x1) + 2), uy1 = Math.min(aspect.height(), (int) Math.ceil(y1) + 2);
        if (ux1 - ux < 2 || uy1 - uy < 2) return null;
        return new Rectangle(ux, uy, ux1 - ux, uy1 - uy);
    }

    /**
     * One moving layer, seen through a fixed screen window: crop the layer once to the part the window
     * ever samples (so per-frame scaling touches no more pixels than needed), loop it, then per frame
     * scale it and slide a window-sized crop over it.
     */
    private String chain(LayerInput layer, CameraPath.LayerMotion m, Rectangle window, String pixelFormat, String label) {
        double cx = layer.width() / 2.0, cy = layer.height() / 2.0;
        double sx0 = Double.MAX_VALUE, sy0 = Double.MAX_VALUE, sx1 = -Double.MAX_VALUE, sy1 = -Double.MAX_VALUE;
        for (double e : samples()) {
            double s = m.scale(e);
            sx0 = Math.min(sx0, (window.x - aspect.width() / 2.0 - m.dx(e)) / s + cx);
            sy0 = Math.min(sy0, (window.y - aspect.height() / 2.0 - m.dy(e)) / s + cy);
            sx1 = Math.max(sx1, (window.x + window.width - aspect.width() / 2.0 - m.dx(e)) / s + cx);
            sy1 = Math.max(sy1, (window.y + window.height - aspect.height() / 2.0 - m.dy(e)) / s + cy);
        }
        // Slack for rounding of the per-frame scale and crop.
        Rectangle src = new Rectangle((int) Math.floor(sx0) - 4, (int) Math.floor(sy0) - 4,
                (int) Math.ceil(sx1 - sx0) + 8, (int) Math.ceil(sy1 - sy0) + 8);
        Rectangle inside = src.intersection(new Rectangle(0, 0, layer.width(), layer.height()));
        StringBuilder f = new StringBuilder();
        f.append(String.format(Locale.ROOT, "[%d:v]crop=%d:%d:%d:%d", layer.input(), inside.width, inside.height, inside.x, inside.y));
        if (!inside.equals(src)) {
            // The window may reach past the layer's edge; transparent padding keeps the crop from clamping.
            f.append(String.format(Locale.ROOT, ",format=rgba,pad=%d:%d:%d:%d:color=black@0", src.width, src.height,
                    inside.x - src.x, inside.y - src.y));
        }
        f.append(",format=").append(pixelFormat);
        String scaleX, scaleY;
        if (m.scales() && m.scale0() == m.scale1()) {
            // A constant zoom (the orbit's plate) is scaled once, before the loop, not on every frame.
            int sw = 2 * (int) Math.round(src.width * m.scale0() / 2), sh = 2 * (int) Math.round(src.height * m.scale0() / 2);
            f.append(String.format(Locale.ROOT, ",scale=w=%d:h=%d:flags=bilinear,%s", sw, sh, loop()));
            scaleX = sw + "/" + src.width;
            scaleY = sh + "/" + src.height;
        } else if (m.scales()) {
            f.append(',').append(loop());
            String s = lerp(m.scale0(), m.scale1());
            String sw = String.format(Locale.ROOT, "(2*round(%d*%s/2))", src.width, s);
            String sh = String.format(Locale.ROOT, "(2*round(%d*%s/2))", src.height, s);
            f.append(String.format(Locale.ROOT, ",scale=w='%s':h='%s':eval=frame:flags=bilinear", sw, sh));
            scaleX = sw + "/" + src.width;
            scaleY = sh + "/" + src.height;
        } else {
            f.append(',').append(loop());
            scaleX = "1";
            scaleY = "1";
        }
        // Window origin in the scaled source: screen offset from the layer's anchor, plus the anchor's
        // position in the scaled crop. exact=1 keeps odd offsets (1 px steps, not 2).
        f.append(String.format(Locale.ROOT, ",crop=%d:%d:x='%s-(%s)+%s*%s':y='%s-(%s)+%s*%s':exact=1[%s]", window.width,
                window.height, num(window.x - aspect.width() / 2.0), lerp(m.dx0(), m.dx1()), num(cx - src.x), scaleX,
                num(window.y - aspect.height() / 2.0), lerp(m.dy0(), m.dy1()), num(cy - src.y), scaleY, label));
        return f.toString();
    }

    private String loop() {
        return String.format(Locale.ROOT, "loop=loop=%d:size=1:start=0,setpts=N/%d/TB", frames - startFrame - 1, SceneClipRenderer.FPS);
    }

    /**
     * Eased progress as an FFmpeg expression of the frame number n: smoothstep of (n + start)/(frames-1),
     * where n counts the frames rendered here and start is where in the shot they begin.
     */
    private String eased() {
        String frame = startFrame == 0 ? "n" : "(n+" + startFrame + ")";
        String p = String.format(Locale.ROOT, "clip(%s/%d,0,1)", frame, Math.max(1, frames - 1));
        return "(" + p + "*" + p + "*(3-2*" + p + "))";
    }

    private String lerp(double a, double b) {
        if (a == b) return num(a);
        return "(" + num(a) + "+" + num(b - a) + "*" + eased() + ")";
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return v < 0 ? "(" + s + ")" : s;
    }
}
