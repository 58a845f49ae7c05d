/**
 * Publishing finished ads to X and LinkedIn (issue 15): connected accounts over OAuth 2.0 with PKCE
 * ({@link video.zapcut.publishing.AccountLinking}), their tokens sealed at rest and refreshed safely
 * ({@link video.zapcut.publishing.Connections}), and exports that post once whatever fails
 * ({@link video.zapcut.publishing.Publisher}, {@link video.zapcut.publishing.ExportRunner}). The
 * platforms' wire protocols sit behind {@link video.zapcut.publishing.PlatformClient} in the
 * internal sub-packages {@code x} and {@code linkedin}. Owns {@code platform_connections},
 * {@code oauth_states} and {@code ad_exports}.
 */
package video.zapcut.publishing;
