package video.zapcut.pipeline.stages;

import video.zapcut.agents.CreativeBible;
import video.zapcut.agents.PromptPlan;
import video.zapcut.agents.Scene;
import video.zapcut.agents.ScenePrompt;
import video.zapcut.agents.Storyboard;
import video.zapcut.ai.SceneShot;
import video.zapcut.ai.VisualStyleSpec;
import video.zapcut.common.AspectRatio;
import video.zapcut.common.CameraMove;
import video.zapcut.common.Rgb;

/** Translates agent records into the ai ports' request types (the ports know nothing of agents). */
final class Shots {
    private Shots() {}

    static VisualStyleSpec style(CreativeBible b) {
        return new VisualStyleSpec(b.brandStyle(), b.vibe(), b.colors().stream().map(Rgb::hex).toList(), b.lighting(),
                b.camera(), b.motion(), b.energyLevel());
    }

    static SceneShot shot(Storyboard board, PromptPlan plan, int index, AspectRatio aspect) {
        Scene s = board.scenes().get(index - 1);
        ScenePrompt p = plan.scenes().get(index - 1);
        return new SceneShot(index, s.roleInStory(), p.referenceImage(), p.prompt(), p.negativePrompt(),
                CameraMove.fromDirection(s.cameraDirection()), s.emotionTone(), s.durationSeconds(), p.motionStrength(),
                p.styleStrength(), p.seed(), aspect);
    }
}
