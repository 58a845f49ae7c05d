/**
 * Publishing finished ads to X and LinkedIn (issue 15): connected accounts over OAuth 2.0 with PKCE,
 * their tokens sealed at rest, and exports. Built so far: {@link video.zapcut.publishing.Pkce} and
 * {@link video.zapcut.publishing.TokenCipher}.
 */
package video.zapcut.publishing;
