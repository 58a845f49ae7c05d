/**
 * Outbound HTTP to vendors: timeouts, error sorting, retries (Retry-After honoured), circuit breaker
 * and bulkhead. A named interface of the {@code ai} module because {@code publishing} talks to X and
 * LinkedIn through the same machinery (docs/decisions.md, "Publishing to X and LinkedIn").
 */
@org.springframework.modulith.NamedInterface("http")
package video.zapcut.ai.vendors.http;
