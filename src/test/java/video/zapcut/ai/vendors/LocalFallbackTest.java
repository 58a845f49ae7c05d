package video.zapcut.ai.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import video.zapcut.ai.MusicModel;
import video.zapcut.ai.MusicRequest;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorInterruptedException;
import video.zapcut.common.MusicalGrid;
import video.zapcut.costs.BudgetExceededException;

class LocalFallbackTest {
    final Map<String, String> paths = new LinkedHashMap<>();
    final MusicRequest request = new MusicRequest("p", MusicalGrid.forEnergy(5, 15), false, 5, "calm", 1, List.of());
    final MusicModel local = new MusicModel() {
        @Override public String provider() { return "local"; }
        @Override public Path compose(MusicRequest r, Path out) { return Path.of("local.wav"); }
    };

    MusicModel vendor(RuntimeException failure) {
        return new MusicModel() {
            @Override public String provider() { return "replicate/google/lyria-2"; }
            @Override public Path compose(MusicRequest r, Path out) {
                if (failure != null) throw failure;
                return Path.of("vendor.wav");
            }
        };
    }

    @Test
    void aVendorThatFailsForGoodIsReplacedByTheLocalProviderAndRecorded() {
        assertThat(LocalFallback.music(vendor(null), local, paths::put).compose(request, Path.of("x"))).isEqualTo(Path.of("vendor.wav"));
        assertThat(paths).containsEntry("music", "replicate/google/lyria-2");
        Path p = LocalFallback.music(vendor(new VendorException("replicate", 503, true, "HTTP 503")), local, paths::put)
                .compose(request, Path.of("x"));
        assertThat(p).isEqualTo(Path.of("local.wav"));
        assertThat(paths.get("music")).startsWith("local (fallback: replicate: HTTP 503");
    }

    @Test
    void aLineTheVoiceVendorCannotSpeakIsSpokenOffline() {
        video.zapcut.ai.VoiceModel.Speech offline = new video.zapcut.ai.VoiceModel.Speech(Path.of("local.wav"), 1.0,
                List.of(new video.zapcut.ai.VoiceModel.SpokenWord("Hi.", 0.1, 0.5)));
        video.zapcut.ai.VoiceModel local = new video.zapcut.ai.VoiceModel() {
            @Override public String provider() { return "local"; }
            @Override public String model() { return "festival-hts"; }
            @Override public Speech speak(SpeechRequest r, Path out) { return offline; }
        };
        video.zapcut.ai.VoiceModel failing = new video.zapcut.ai.VoiceModel() {
            @Override public String provider() { return "elevenlabs"; }
            @Override public String model() { return "eleven_multilingual_v2"; }
            @Override public Speech speak(SpeechRequest r, Path out) { throw new VendorException("elevenlabs", 401, false, "HTTP 401"); }
        };
        var voice = LocalFallback.voice(failing, local, paths::put);
        assertThat(voice.speak(new video.zapcut.ai.VoiceModel.SpeechRequest("Hi.", null, null), Path.of("x"))).isSameAs(offline);
        assertThat(paths.get("voiceover")).startsWith("local (fallback: elevenlabs: HTTP 401");
        assertThat(voice.provider()).isEqualTo("elevenlabs");
    }

    @Test
    void cancellationAndBudgetStopsAreNeverSwallowed() {
        assertThatThrownBy(() -> LocalFallback.music(vendor(new VendorInterruptedException("replicate", "cancelled", new InterruptedException())),
                local, paths::put).compose(request, Path.of("x"))).isInstanceOf(VendorInterruptedException.class);
        assertThatThrownBy(() -> LocalFallback.music(vendor(new BudgetExceededException(100, 90, 20, "clip")), local, paths::put)
                .compose(request, Path.of("x"))).isInstanceOf(BudgetExceededException.class);
    }
}
