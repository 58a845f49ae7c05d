package video.zapcut.ai.vendors.openai;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.vendors.SpokenWords;
import video.zapcut.ai.vendors.Wav;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.Multipart;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.common.Json;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/**
 * OpenAI speech: {@code POST /v1/audio/speech} speaks the line as a WAV, which has no timings, so
 * {@code POST /v1/audio/transcriptions} (whisper-1, {@code verbose_json}, word timestamps) listens to
 * it again and {@link SpokenWords} maps the words it heard onto the words written.
 *
 * <p>The speech WAV is streamed with placeholder sizes in its header ({@code 0xFFFFFFFF}); {@link Wav}
 * rewrites them. {@code instructions} (tone, pace) are sent to the gpt-4o-mini-tts models only: the
 * API reference says they do not work with tts-1 or tts-1-hd.
 */
public final class OpenAiVoiceModel implements VoiceModel {
    public static final String DEFAULT_VOICE = "coral";
    /** Word timestamps need whisper-1 with verbose_json: the gpt-4o transcribe models answer plain json only. */
    static final String TRANSCRIPTION_MODEL = "whisper-1";
    /** Speech is rarely slower than 8 characters a second; 5 s more covers a short line said slowly. */
    static final double SLOWEST_CHARACTERS_PER_SECOND = 8, SPARE_SECONDS = 5;

    private final VendorHttp http;
    private final Endpoint endpoint;
    private final String model;
    private final String defaultVoice;
    private final CostMeter meter;

    /** @param defaultVoice the voice when a request names none ({@code ZAPCUT_VOICE}); null for {@link #DEFAULT_VOICE} */
    public OpenAiVoiceModel(VendorHttp http, Endpoint endpoint, String model, String defaultVoice, CostMeter meter) {
        this.http = http;
        this.endpoint = endpoint;
        this.model = model;
        this.defaultVoice = defaultVoice == null || defaultVoice.isBlank() ? DEFAULT_VOICE : defaultVoice.strip();
        this.meter = meter;
    }

    @Override
    public String provider() { return "openai"; }

    @Override
    public String model() { return model; }

    @Override
    public Speech speak(SpeechRequest request, Path outFile) {
        int characters = request.text().length();
        Reservation speaking = meter.reserve("voice", "openai", model, List.of(Units.of(characters, "voice_character")));
        Reservation listening = null;
        try {
            // Both are held before anything is sent: timings the budget cannot pay for would waste the audio.
            listening = meter.reserve("voice", "openai", TRANSCRIPTION_MODEL,
                    List.of(Units.of(mostTranscribedSeconds(characters), "transcription_second")));
            Spoken spoken = speech(request);
            meter.charge(speaking, List.of(Units.of(characters, "voice_character")), spoken.requestId());
            spoken.wav().writeTo(outFile);
            double seconds = spoken.wav().seconds();
            JsonNode transcript = transcription(spoken.wav());
            // Whisper bills the audio's length, which the answer states.
            JsonNode duration = transcript.path("duration");
            meter.charge(listening, List.of(Units.of(duration.isNumber() ? duration.asDouble() : seconds, "transcription_second")), null);
            return new Speech(outFile, seconds, SpokenWords.align(request.tokens(), heard(transcript), seconds));
        } finally {
            meter.release(speaking);
            if (listening != null) meter.release(listening);
        }
    }

    static double mostTranscribedSeconds(int characters) {
        return Math.ceil(characters / SLOWEST_CHARACTERS_PER_SECOND + SPARE_SECONDS);
    }

    /** The spoken line, and OpenAI's id for the call that made it. */
    record Spoken(Wav wav, String requestId) {}

    private Spoken speech(SpeechRequest request) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model).put("input", request.text())
                .put("voice", request.voice() == null || request.voice().isBlank() ? defaultVoice : request.voice().strip());
        if (takesInstructions(model) && request.instructions() != null && !request.instructions().isBlank()) {
            body.put("instructions", request.instructions());
        }
        body.put("response_format", "wav");
        String payload = Json.write(body);
        return http.withRetries(() -> {
            HttpResponse<byte[]> r = http.once(OpenAiImageModel.auth(HttpRequest.newBuilder(endpoint.uri("/v1/audio/speech")), endpoint)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload)), http.timeout());
            // Like an unreadable JSON body: retried, as nothing usable came back (a proxy's page, a cut stream).
            Wav wav;
            try {
                wav = Wav.of(r.body());
            } catch (IllegalArgumentException e) {
                throw new VendorException(http.provider(), r.statusCode(), true, null, "malformed_response", "speech answer is not a WAV file: "
                        + e.getMessage() + r.headers().firstValue("content-type").map(t -> " (content-type " + t + ")").orElse(""), null);
            }
            if (wav.seconds() <= 0) {
                throw new VendorException(http.provider(), r.statusCode(), true, null, "malformed_response", "speech answer has no audio", null);
            }
            return new Spoken(wav, r.headers().firstValue("x-request-id").orElse(null));
        });
    }

    static boolean takesInstructions(String model) { return model.startsWith("gpt-4o-mini-tts"); }

    private JsonNode transcription(Wav wav) {
        Multipart form = new Multipart().file("file", "speech.wav", wav.bytes(), "audio/wav")
                .field("model", TRANSCRIPTION_MODEL).field("response_format", "verbose_json")
                .field("timestamp_granularities[]", "word");
        byte[] bytes = form.bytes();
        return http.json(() -> OpenAiImageModel.auth(HttpRequest.newBuilder(endpoint.uri("/v1/audio/transcriptions")), endpoint)
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** The transcription's {@code words: [{word, start, end}]}. An empty list is kept: the tokens then share the audio. */
    private List<SpokenWord> heard(JsonNode transcript) {
        JsonNode words = transcript.path("words");
        if (!words.isArray()) {
            throw malformed("transcription without words (word timestamps need response_format=verbose_json and whisper-1)");
        }
        List<SpokenWord> out = new ArrayList<>(words.size());
        for (JsonNode w : words) {
            if (!w.path("word").isString() || !w.path("start").isNumber() || !w.path("end").isNumber()) {
                throw malformed("transcription word " + out.size() + " is not {word, start, end}");
            }
            out.add(new SpokenWord(w.path("word").asString(), w.path("start").asDouble(), w.path("end").asDouble()));
        }
        return out;
    }

    private VendorException malformed(String what) {
        return new VendorException(http.provider(), 200, true, null, "malformed_response", what, null);
    }
}
