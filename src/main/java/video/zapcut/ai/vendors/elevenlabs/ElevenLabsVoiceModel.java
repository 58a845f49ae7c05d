package video.zapcut.ai.vendors.elevenlabs;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import video.zapcut.ai.VoiceModel;
import video.zapcut.ai.vendors.Wav;
import video.zapcut.ai.vendors.http.Endpoint;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.common.Json;
import video.zapcut.costs.CostMeter;
import video.zapcut.costs.Reservation;
import video.zapcut.costs.Units;

/**
 * ElevenLabs text to speech with character timings:
 * {@code POST /v1/text-to-speech/{voice_id}/with-timestamps?output_format=pcm_44100}, key in
 * {@code xi-api-key}. The answer is JSON: the audio in base64 and one time per character of the text,
 * which {@link CharacterTimes} groups into the written words.
 *
 * <p>{@code pcm_44100} is raw signed 16-bit little-endian mono at 44.1 kHz, wrapped here in a WAV
 * header. ElevenLabs' API reference says 44.1 kHz PCM needs a Pro subscription or above (which
 * error a lower tier gets is unverified; it is sorted like any other). {@code instructions} are not sent: the multilingual v2
 * and turbo/flash models take no delivery instructions (v3 reads bracketed audio tags in the text,
 * which would then be spoken words to align), so tone comes from the chosen voice.
 */
public final class ElevenLabsVoiceModel implements VoiceModel {
    /** ElevenLabs' premade "Rachel". */
    public static final String DEFAULT_VOICE = "21m00Tcm4TlvDq8ikWAM";
    static final String OUTPUT_FORMAT = "pcm_44100";
    static final int SAMPLE_RATE = 44_100;
    // Middle-of-the-road delivery for ads: stability 0.5 keeps some expressiveness, similarity 0.75 stays
    // close to the voice, and no style exaggeration (it adds latency and can make the voice unsteady).
    static final double STABILITY = 0.5, SIMILARITY_BOOST = 0.75, STYLE = 0.0;
    static final boolean SPEAKER_BOOST = true;
    private static final String PROVIDER = "elevenlabs";

    private final VendorHttp http;
    private final Endpoint endpoint;
    private final String model;
    private final String defaultVoice;
    private final CostMeter meter;

    /** @param defaultVoice the voice id when a request names none ({@code ZAPCUT_VOICE}); null for {@link #DEFAULT_VOICE} */
    public ElevenLabsVoiceModel(VendorHttp http, Endpoint endpoint, String model, String defaultVoice, CostMeter meter) {
        this.http = http;
        this.endpoint = endpoint;
        this.model = model;
        this.defaultVoice = defaultVoice == null || defaultVoice.isBlank() ? DEFAULT_VOICE : defaultVoice.strip();
        this.meter = meter;
    }

    /**
     * ElevenLabs answers {@code {"detail": {"status", "message"}}}, or FastAPI's validation list
     * {@code {"detail": [{"loc", "msg", "type"}]}} with a 422; both are read for the message. The
     * sorting is the standard one: bad keys (401) and validation (400, 422) are fatal; 429 (too many
     * concurrent requests, system busy) and 5xx are retried, honouring Retry-After.
     */
    public static final ErrorClassifier CLASSIFIER = (provider, status, headers, body) -> {
        JsonNode detail = parse(body).path("detail");
        String code = null, message = null;
        if (detail.isObject()) {
            code = text(detail.path("status"));
            message = text(detail.path("message"));
        } else if (detail.isArray() && !detail.isEmpty()) {
            JsonNode first = detail.get(0);
            code = text(first.path("type"));
            message = text(first.path("msg"));
            List<String> loc = new ArrayList<>();
            for (JsonNode part : first.path("loc")) loc.add(part.isString() ? part.asString() : part.toString());
            if (message != null && !loc.isEmpty()) message = message + " (at " + String.join(".", loc) + ")";
        }
        return ErrorClassifier.standard(provider, status, headers, body, code, message);
    };

    @Override
    public String provider() { return PROVIDER; }

    @Override
    public String model() { return model; }

    @Override
    public Speech speak(SpeechRequest request, Path outFile) {
        String voice = request.voice() == null || request.voice().isBlank() ? defaultVoice : request.voice().strip();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("text", request.text()).put("model_id", model);
        body.putObject("voice_settings").put("stability", STABILITY).put("similarity_boost", SIMILARITY_BOOST)
                .put("style", STYLE).put("use_speaker_boost", SPEAKER_BOOST);
        String payload = Json.write(body);
        String path = "/v1/text-to-speech/" + URLEncoder.encode(voice, StandardCharsets.UTF_8) + "/with-timestamps?output_format="
                + OUTPUT_FORMAT;
        int characters = request.text().length();
        Reservation reservation = meter.reserve("voice", PROVIDER, model, List.of(Units.of(characters, "voice_character")));
        Answer answer;
        try {
            answer = http.withRetries(() -> answer(http.once(HttpRequest.newBuilder(endpoint.uri(path))
                    .header("xi-api-key", endpoint.apiKey())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload)), http.timeout())));
            // A readable answer was generated, so it was billed, even if it turns out to be unusable below.
            meter.charge(reservation, List.of(Units.of(answer.billedCharacters(characters), "voice_character")), answer.requestId());
        } finally {
            meter.release(reservation);
        }
        Wav wav = wav(answer.json());
        JsonNode alignment = answer.json().path("alignment");
        if (!alignment.isObject()) throw malformed("answer without alignment (the characters' times)");
        List<SpokenWord> words;
        try {
            words = CharacterTimes.words(request.tokens(), alignment, wav.seconds());
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
        wav.writeTo(outFile);
        return new Speech(outFile, wav.seconds(), words);
    }

    /** The JSON answer with what its headers say: the request id, the characters billed. */
    record Answer(JsonNode json, String requestId, Double characterCost) {
        /** ElevenLabs' {@code character-cost} (what it billed: fewer for cheaper models) when present, else the text's length. */
        double billedCharacters(int textLength) { return characterCost != null ? characterCost : textLength; }
    }

    /** An unreadable body is retried, as {@link VendorHttp#json} does: nothing usable was received. */
    private static Answer answer(HttpResponse<byte[]> r) {
        JsonNode json = parse(new String(r.body(), StandardCharsets.UTF_8));
        if (!json.isObject()) {
            throw new VendorException(PROVIDER, r.statusCode(), true, null, "malformed_response",
                    "HTTP " + r.statusCode() + " with a body that is not JSON (" + r.body().length + " bytes)", null);
        }
        String id = r.headers().firstValue("request-id").or(() -> r.headers().firstValue("x-request-id")).orElse(null);
        Double cost = r.headers().firstValue("character-cost").map(ElevenLabsVoiceModel::number).orElse(null);
        return new Answer(json, id, cost);
    }

    private static Wav wav(JsonNode json) {
        String b64 = text(json.path("audio_base64"));
        if (b64 == null) throw malformed("answer without audio_base64");
        byte[] pcm;
        try {
            pcm = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw malformed("audio_base64 is not base64");
        }
        if (pcm.length == 0) throw malformed("answer with empty audio");
        // An MP3 (its ID3 tag) where PCM was asked for would otherwise be wrapped and played as noise.
        if (pcm.length >= 3 && pcm[0] == 'I' && pcm[1] == 'D' && pcm[2] == '3') {
            throw malformed("audio is MP3, not the " + OUTPUT_FORMAT + " asked for");
        }
        try {
            return Wav.ofPcm16(pcm, SAMPLE_RATE, 1);
        } catch (IllegalArgumentException e) {
            throw malformed("audio is not " + OUTPUT_FORMAT + ": " + e.getMessage());
        }
    }

    /** {@code GET /v1/voices}: free, and unlike {@code /v1/user} it needs no extra key permission. */
    public String check() {
        JsonNode r = http.json(() -> HttpRequest.newBuilder(endpoint.uri("/v1/voices")).header("xi-api-key", endpoint.apiKey())
                .header("Accept", "application/json").GET());
        return "ok (" + r.path("voices").size() + " voices)";
    }

    static VendorException malformed(String what) {
        return new VendorException(PROVIDER, 200, true, null, "malformed_response", what, null);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return Json.MAPPER.missingNode();
        try {
            JsonNode n = Json.MAPPER.readTree(body);
            return n == null ? Json.MAPPER.missingNode() : n;
        } catch (RuntimeException e) {
            return Json.MAPPER.missingNode();
        }
    }

    private static String text(JsonNode n) { return n.isString() && !n.asString().isBlank() ? n.asString() : null; }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return d >= 0 && Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
