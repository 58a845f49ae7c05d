package video.zapcut.ai.vendors;

import java.nio.charset.StandardCharsets;

/**
 * The most tokens a text call can bill, reserved against the budget before the call. Byte-level BPE
 * tokenizers (Anthropic's, OpenAI's, and the SentencePiece byte-fallback ones of open models) never
 * make a token of less than one byte of UTF-8, so a request's input tokens are at most its bytes, plus
 * the instructions the vendor adds for tools or structured output; output is capped by max_tokens.
 */
public final class TokenBounds {
    /** Room for what the vendor adds to the prompt (tool-use and structured-output system text). */
    static final int VENDOR_OVERHEAD = 1024;

    private TokenBounds() {}

    public static long mostInputTokens(String requestBody) {
        return requestBody.getBytes(StandardCharsets.UTF_8).length + (long) VENDOR_OVERHEAD;
    }
}
