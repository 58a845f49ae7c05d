package video.zapcut.common;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping used for stage outputs and agent contracts: snake_case field names, as the
 * seed's schemas and the REST API use them.
 */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {}

    public static String write(Object value) { return MAPPER.writeValueAsString(value); }

    public static <T> T read(String json, Class<T> type) { return MAPPER.readValue(json, type); }

    public static JsonNode tree(Object value) { return MAPPER.valueToTree(value); }

    public static <T> T convert(Object value, Class<T> type) { return MAPPER.convertValue(value, type); }
}
