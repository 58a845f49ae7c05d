package video.zapcut.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zapcut.safety.*}.
 *
 * @param blockAfterCriticalViolations a user with this many critical safety violations may not start
 *                                     generations any more (0 disables the block)
 */
@ConfigurationProperties("zapcut.safety")
public record SafetyProperties(@DefaultValue("3") int blockAfterCriticalViolations) {}
