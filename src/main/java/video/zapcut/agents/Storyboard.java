package video.zapcut.agents;

import java.util.List;

/** Five scenes whose durations sum exactly to the ad's length. */
public record Storyboard(List<Scene> scenes) {
    public static final int SCENE_COUNT = 5;
    public static final List<String> ROLES = List.of("setup", "exploration", "exploration", "climax", "cta");

    public double totalSeconds() { return scenes.stream().mapToDouble(Scene::durationSeconds).sum(); }

    /** Time, in seconds from the start, at which each scene begins. */
    public double startOf(int sceneIndex) {
        double t = 0;
        for (Scene s : scenes) {
            if (s.sceneIndex() == sceneIndex) return t;
            t += s.durationSeconds();
        }
        throw new IllegalArgumentException("no scene " + sceneIndex);
    }
}
