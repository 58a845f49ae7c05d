package video.zapcut.media.scene;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import video.zapcut.common.AspectRatio;

/**
 * Not a test: writes sample stills to /tmp/zapcut-visuals (or args[0]) for a human to look at.
 * Run with the test classpath: {@code java -cp target/classes:target/test-classes:<deps> video.zapcut.media.scene.VisualSamples}.
 */
public final class VisualSamples {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/zapcut-visuals");
        Files.createDirectories(out);
        String what = args.length > 1 ? args[1] : "refs";
        ReferenceImageRenderer refs = new ReferenceImageRenderer();
        for (AspectRatio a : AspectRatio.values()) {
            if (what.contains("refs")) {
                long t0 = System.nanoTime();
                Map<String, BufferedImage> m = refs.render(SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE), "Luma Serum",
                        SyntheticProduct.navyStyle(), a);
                System.out.printf("refs %s: %d ms%n", a, (System.nanoTime() - t0) / 1_000_000);
                for (var e : m.entrySet()) Raster.writePng(e.getValue(), out.resolve("ref-navy-" + a.name().toLowerCase() + "-" + e.getKey() + ".png"));
            }
            if (what.contains("blush")) {
                Map<String, BufferedImage> m = refs.render(SyntheticProduct.bottle(SyntheticProduct.BLUSH_PALETTE), "Luma Serum",
                        SyntheticProduct.blushStyle(), a);
                for (var e : m.entrySet()) Raster.writePng(e.getValue(), out.resolve("ref-blush-" + a.name().toLowerCase() + "-" + e.getKey() + ".png"));
            }
            if (what.contains("type")) {
                Map<String, BufferedImage> m = refs.render(null, "Northwind Cold Brew", SyntheticProduct.navyStyle(), a);
                for (var e : m.entrySet()) Raster.writePng(e.getValue(), out.resolve("ref-type-" + a.name().toLowerCase() + "-" + e.getKey() + ".png"));
            }
            if (what.contains("card")) {
                // A product photo whose background could not be removed: staged as a photo card.
                var bottle = SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE).image();
                BufferedImage photo = new BufferedImage(bottle.getWidth() + 200, bottle.getHeight() + 100, BufferedImage.TYPE_INT_ARGB);
                java.awt.Graphics2D g = photo.createGraphics();
                g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0xE8DCCB), 0, photo.getHeight(), new java.awt.Color(0xB9A58C)));
                g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
                g.drawImage(bottle, 100, 50, null);
                g.dispose();
                var card = new video.zapcut.media.image.ProductCutout(photo, false, new video.zapcut.common.Rgb(0, 0, 0), 1.0);
                Map<String, BufferedImage> m = refs.render(card, "Luma Serum", SyntheticProduct.navyStyle(), a);
                for (var e : m.entrySet()) Raster.writePng(e.getValue(), out.resolve("ref-card-" + a.name().toLowerCase() + "-" + e.getKey() + ".png"));
            }
            if (what.contains("scenes")) scenes(out, a, what.contains("type"));
            if (what.contains("timing")) timing(out, a);
        }
    }

    /** A four-scene chain with clips; prints timings and writes first/middle/last frames. */
    static void scenes(Path out, AspectRatio a, boolean typographic) throws Exception {
        var ffmpeg = video.zapcut.media.Ffmpeg.locate(Path.of(System.getProperty("java.io.tmpdir"), "zapcut-bin"));
        var product = typographic ? null : SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE);
        var style = SyntheticProduct.navyStyle();
        var refs = new ReferenceImageRenderer().render(product, "Luma Serum", style, a);
        SceneSpec[] specs = {
            new SceneSpec(1, "setup", video.zapcut.common.CameraMove.PUSH_IN, "calm, inviting", 3, 0.6, 0.9, 11),
            new SceneSpec(2, "exploration", video.zapcut.common.CameraMove.PAN_RIGHT, "fresh, clean", 3, 0.6, 0.9, 12),
            new SceneSpec(3, "exploration", video.zapcut.common.CameraMove.ORBIT, "fresh, clean", 3, 0.6, 0.9, 13),
            new SceneSpec(4, "climax", video.zapcut.common.CameraMove.ORBIT, "bold, triumphant", 3, 0.6, 0.9, 14),
            new SceneSpec(5, "cta", video.zapcut.common.CameraMove.PULL_OUT, "luxurious, elegant", 3, 0.6, 0.9, 15)};
        SceneLayers prev = null;
        String tag = (typographic ? "type-" : "") + a.name().toLowerCase();
        for (SceneSpec spec : specs) {
            Path dir = out.resolve("scene-" + tag + "-" + spec.index());
            long t0 = System.nanoTime();
            SceneLayers layers = new SceneRenderer().renderLayers(spec, refs, product, "Luma Serum", style, a, prev, dir);
            long t1 = System.nanoTime();
            Path mp4 = dir.resolve("clip.mp4");
            new SceneClipRenderer().render(layers, spec, a, mp4, ffmpeg);
            long t2 = System.nanoTime();
            System.out.printf("%s scene %d %s %s: layers %d ms, clip %d ms%n", tag, spec.index(), spec.role(), spec.move(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            int n = SceneClipRenderer.frameCount(spec.durationSeconds());
            ffmpeg.run(java.util.List.of("-y", "-loglevel", "error", "-i", mp4.toString(), "-vf",
                    "select='eq(n,0)+eq(n," + (n / 2) + ")+eq(n," + (n - 1) + ")'", "-vsync", "0", dir.resolve("frame-%d.png").toString()));
            prev = layers;
            OverlayText text = switch (spec.role()) {
                case "setup" -> new OverlayText(OverlayText.Kind.HEADLINE, "Skin that drinks in the morning light",
                        "Hydration that lasts all day");
                case "climax" -> new OverlayText(OverlayText.Kind.BENEFIT, "72-hour hydration, clinically proven", null);
                case "cta" -> new OverlayText(OverlayText.Kind.END_CARD, typographic ? "Northwind Cold Brew" : "Luma Serum", "Shop now");
                default -> null;
            };
            if (text != null) {
                BufferedImage key = javax.imageio.ImageIO.read(layers.keyframe().toFile());
                OverlayImage o = new TextOverlayRenderer().render(text, style, a, key);
                java.awt.Graphics2D g = key.createGraphics();
                g.drawImage(o.image(), o.x(), o.y(), null);
                g.setColor(new java.awt.Color(255, 0, 0, 90));
                if (Boolean.getBoolean("zapcut.safe")) g.draw(TextOverlayRenderer.safeArea(a));
                g.dispose();
                Raster.writePng(key, out.resolve("overlay-" + tag + "-" + spec.role() + ".png"));
            }
        }
    }

    /** One 6 s scene per move: the performance budget is about a second of wall time per clip. */
    static void timing(Path out, AspectRatio a) throws Exception {
        var ffmpeg = video.zapcut.media.Ffmpeg.locate(Path.of(System.getProperty("java.io.tmpdir"), "zapcut-bin"));
        var product = SyntheticProduct.bottle(SyntheticProduct.NAVY_PALETTE);
        var style = SyntheticProduct.navyStyle();
        for (var move : video.zapcut.common.CameraMove.values()) {
            SceneSpec spec = new SceneSpec(1, "setup", move, "calm", 6, 0.6, 0.9, 5);
            Path dir = out.resolve("timing-" + a.name().toLowerCase() + "-" + move.name().toLowerCase());
            long t0 = System.nanoTime();
            SceneLayers layers = new SceneRenderer().renderLayers(spec, java.util.Map.of(), product, "Luma", style, a, null, dir);
            long t1 = System.nanoTime();
            new SceneClipRenderer().render(layers, spec, a, dir.resolve("clip.mp4"), ffmpeg);
            long t2 = System.nanoTime();
            java.nio.file.Files.write(dir.resolve("ffmpeg-args.txt"), new SceneClipRenderer().arguments(layers, spec, a, dir.resolve("clip.mp4")));
            System.out.printf("%s %s 6s: layers %d ms, clip %d ms%n", a, move, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
