package video.zapcut.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller parameter of type {@link java.util.UUID} that receives the signed-in user's
 * id ({@code users.id}), whichever issuer signed the token:
 * <pre>{@code
 * @GetMapping("/v1/projects")
 * List<ProjectResponse> list(@CurrentUser UUID userId) { ... }
 * }</pre>
 * Only for endpoints that require authentication (all of {@code /v1/**} but sign-up, sign-in and
 * refresh). Outside controllers use {@link AuthenticatedUser#id}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrentUser {}
