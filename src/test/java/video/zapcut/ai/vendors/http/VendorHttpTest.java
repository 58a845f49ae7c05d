package video.zapcut.ai.vendors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import video.zapcut.ai.vendors.Parallel;
import video.zapcut.ai.vendors.VendorTestKit;

/** The reliability layer every vendor client stands on. */
class VendorHttpTest {
    static WireMockServer wm;
    VendorTestKit kit;

    @BeforeAll
    static void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stop() { wm.stop(); }

    @BeforeEach
    void reset() {
        wm.resetAll();
        kit = new VendorTestKit();
    }

    HttpRequest.Builder req() { return HttpRequest.newBuilder(URI.create(wm.baseUrl() + "/x")).GET(); }

    @Test
    void retryAfterSecondsIsHonouredExactly() {
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)
                .withHeader("retry-after", "7").withBody("{\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"a\":1}")));
        VendorHttp http = kit.http("t", ErrorClassifier.DEFAULT);
        assertThat(http.json(this::req).get("a").asInt()).isEqualTo(1);
        assertThat(kit.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void without429RetryAfterTheBackoffIsJitteredAndGrows() {
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(429).withBody("{\"detail\":\"Request was throttled.\"}")));
        VendorHttp http = kit.http("t", ErrorClassifier.DEFAULT);
        assertThatThrownBy(() -> http.json(this::req)).isInstanceOf(VendorException.class)
                .satisfies(e -> assertThat(((VendorException) e).retryable()).isTrue())
                .hasMessageContaining("429").hasMessageContaining("throttled");
        wm.verify(4, getRequestedFor(urlEqualTo("/x")));
        assertThat(kit.sleeps).hasSize(3);
        // attempt n waits in [base*2^(n-1)/2, base*2^(n-1)] with base 200 ms
        assertThat(kit.sleeps.get(0).toMillis()).isBetween(100L, 200L);
        assertThat(kit.sleeps.get(1).toMillis()).isBetween(200L, 400L);
        assertThat(kit.sleeps.get(2).toMillis()).isBetween(400L, 800L);
    }

    @Test
    void serverErrorsAndOverloadAreRetriedClientErrorsAreNot() {
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500))
                .willSetStateTo("529"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("529").willReturn(aResponse().withStatus(529)
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")).willSetStateTo("ok"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        kit.http("t", ErrorClassifier.DEFAULT).json(this::req);
        wm.verify(3, getRequestedFor(urlEqualTo("/x")));

        wm.resetAll();
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad field\"}}")));
        assertThatThrownBy(() -> kit.http("t", ErrorClassifier.DEFAULT).json(this::req))
                .isInstanceOf(VendorException.class).hasMessageContaining("invalid_request_error").hasMessageContaining("bad field")
                .satisfies(e -> assertThat(((VendorException) e).retryable()).isFalse());
        wm.verify(1, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{}").withFixedDelay(600))
                .willSetStateTo("ok"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"fast\":true}")));
        VendorHttp http = kit.http("t", ErrorClassifier.DEFAULT, Duration.ofMillis(150));
        assertThat(http.json(this::req).get("fast").asBoolean()).isTrue();
        assertThat(kit.sleeps).hasSize(1);
    }

    @Test
    void aConnectionResetIsRetried() {
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        kit.http("t", ErrorClassifier.DEFAULT).json(this::req);
        wm.verify(2, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void malformedJsonIsRetriedThenReported() {
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(200).withBody("{\"truncated\": ")));
        assertThatThrownBy(() -> kit.http("t", ErrorClassifier.DEFAULT).json(this::req))
                .isInstanceOf(VendorException.class).hasMessageContaining("not JSON");
        wm.verify(4, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(at))).willSetStateTo("ok"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        kit.http("t", ErrorClassifier.DEFAULT).json(this::req);
        // the date is whole seconds and a moment passes before it is read: 12 s less a little
        assertThat(kit.sleeps).singleElement().satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(12)));
    }

    @Test
    void retryAfterIsHonouredOnEveryAttemptAndTheBackoffFillsTheGaps() {
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429)
                .withHeader("retry-after-ms", "1250")).willSetStateTo("2"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("2").willReturn(aResponse().withStatus(502)).willSetStateTo("3"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("3").willReturn(aResponse().withStatus(429)
                .withHeader("retry-after", "60")).willSetStateTo("ok"));
        wm.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        kit.http("t", ErrorClassifier.DEFAULT).json(this::req);
        assertThat(kit.sleeps).hasSize(3);
        assertThat(kit.sleeps.get(0)).isEqualTo(Duration.ofMillis(1250));
        assertThat(kit.sleeps.get(1).toMillis()).isBetween(200L, 400L); // no Retry-After: the second backoff step
        assertThat(kit.sleeps.get(2)).isEqualTo(Duration.ofSeconds(60)); // exactly the cap still waits
    }

    @Test
    void aCallInterruptedWhileBackingOffIsReportedAsInterrupted() {
        // A sleeper interrupted mid-wait, as Thread.sleep is when the job is cancelled.
        VendorHttp http = new VendorHttp(VendorHttp.defaultClient(), new VendorResilience("t", VendorTestKit.settings(),
                d -> { throw new InterruptedException("job cancelled"); }, Clock.systemUTC(), new Random(1)),
                ErrorClassifier.DEFAULT, Duration.ofSeconds(3));
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
        try {
            assertThatThrownBy(() -> http.json(this::req)).isInstanceOfSatisfying(VendorInterruptedException.class,
                    e -> assertThat(e.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessageContaining("HTTP 503")))
                    .hasMessageContaining("interrupted while backing off");
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
        wm.verify(1, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnceWithTheWait() {
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        assertThatThrownBy(() -> kit.http("t", ErrorClassifier.DEFAULT).json(this::req))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
        wm.verify(1, getRequestedFor(urlEqualTo("/x")));
    }

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId z) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    /** One attempt per call, so each call is one breaker outcome; 2 failures in a row open it for 30 s. */
    VendorHttp breakerHttp(ManualClock clock) {
        return kit.http("t", ErrorClassifier.DEFAULT, Duration.ofSeconds(1),
                VendorTestKit.settings().withRetries(1, Duration.ofMillis(200), Duration.ofSeconds(5)).withBreaker(2, Duration.ofSeconds(30)),
                clock);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAfterATrial() {
        ManualClock clock = new ManualClock();
        VendorHttp http = breakerHttp(clock);
        VendorCircuitBreaker breaker = http.resilience().circuitBreaker();
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 2; i++) assertThatThrownBy(() -> http.json(this::req)).isInstanceOf(VendorException.class);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> http.json(this::req)).isInstanceOfSatisfying(CircuitOpenException.class, e -> {
            assertThat(e.retryable()).isTrue();
            assertThat(e.provider()).isEqualTo("t");
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        }).hasMessageStartingWith("t: circuit open (2 failed calls in a row)").hasMessageContaining("not calling for 20 s")
                .hasMessageContaining("next trial call at 2026-01-01T00:00:30Z");
        wm.verify(2, getRequestedFor(urlEqualTo("/x")));
        clock.advance(Duration.ofSeconds(21));
        wm.stubFor(get("/x").willReturn(okJson("{}")));
        http.json(this::req);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        wm.verify(3, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void aFailedTrialReopensTheCircuitForAnotherFullWait() {
        ManualClock clock = new ManualClock();
        VendorHttp http = breakerHttp(clock);
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 2; i++) assertThatThrownBy(() -> http.json(this::req)).hasMessageContaining("HTTP 500");
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> http.json(this::req)).hasMessageContaining("HTTP 500"); // the one trial call
        assertThat(http.resilience().circuitBreaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> http.json(this::req)).isInstanceOfSatisfying(CircuitOpenException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30))).hasMessageContaining("the trial call failed");
        wm.verify(3, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void whileTheTrialCallIsInFlightOtherCallsAreRefused() throws Exception {
        ManualClock clock = new ManualClock();
        VendorHttp http = breakerHttp(clock);
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 2; i++) assertThatThrownBy(() -> http.json(this::req)).hasMessageContaining("HTTP 503");
        clock.advance(Duration.ofSeconds(31));
        wm.stubFor(get("/x").willReturn(okJson("{}")));
        CountDownLatch trialStarted = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        Thread trial = Thread.ofVirtual().start(() -> http.withRetries(() -> {
            trialStarted.countDown();
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return http.once(req(), Duration.ofSeconds(3));
        }));
        trialStarted.await();
        assertThatThrownBy(() -> http.json(this::req)).isInstanceOfSatisfying(CircuitOpenException.class,
                e -> assertThat(e.retryAfter()).isZero()).hasMessageContaining("a trial call is in flight");
        answer.countDown();
        trial.join();
        assertThat(http.resilience().circuitBreaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
        wm.verify(3, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void ourOwnClientErrorsNeverOpenTheCircuitButRateLimitsAndTimeoutsDo() {
        ManualClock clock = new ManualClock();
        VendorHttp http = breakerHttp(clock);
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"bad field\"}}")));
        for (int i = 0; i < 5; i++) assertThatThrownBy(() -> http.json(this::req)).hasMessageContaining("bad field");
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 5; i++) assertThatThrownBy(() -> http.json(this::req)).hasMessageContaining("HTTP 404");
        assertThat(http.resilience().circuitBreaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);

        wm.stubFor(get("/x").willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> http.json(this::req)).hasMessageContaining("HTTP 429");
        wm.stubFor(get("/x").willReturn(okJson("{}").withFixedDelay(1500)));
        assertThatThrownBy(() -> http.json(this::req)).hasMessageContaining("timed out");
        assertThat(http.resilience().circuitBreaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void anOpenCircuitFailsTheCallAtOnceInsteadOfRetryingIt() {
        VendorHttp http = kit.http("t", ErrorClassifier.DEFAULT, Duration.ofSeconds(1),
                VendorTestKit.settings().withBreaker(2, Duration.ofSeconds(30)), new ManualClock());
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
        // Attempts 1 and 2 fail and open the circuit; attempt 3 is refused, and that ends the call.
        assertThatThrownBy(() -> http.json(this::req)).isInstanceOf(CircuitOpenException.class);
        wm.verify(2, getRequestedFor(urlEqualTo("/x")));
        assertThat(kit.sleeps).hasSize(2);
    }

    @Test
    void theBulkheadBoundsTheCallsInFlight() {
        int limit = 2;
        long serverMillis = 300;
        wm.stubFor(get("/x").willReturn(okJson("{}").withFixedDelay((int) serverMillis)));
        VendorHttp http = kit.http("t", ErrorClassifier.DEFAULT, Duration.ofSeconds(3),
                VendorTestKit.settings().withBulkhead(limit, Duration.ofSeconds(20)), Clock.systemUTC());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> http.withRetries(() -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    return http.once(req(), Duration.ofSeconds(3)).statusCode();
                } finally {
                    inFlight.decrementAndGet();
                }
            }));
        }
        assertThat(Parallel.all(calls)).hasSize(6).containsOnly(200); // the others waited for a slot, none failed
        assertThat(most.get()).isEqualTo(limit);
        assertThat(kit.sleeps).isEmpty();
        // WireMock's side: each request is held 300 ms, so with at most 2 in flight the k-th request
        // to arrive cannot arrive before the (k-2)-th has been held its 300 ms (1 ms for the log's rounding).
        List<Long> arrivals = wm.getAllServeEvents().stream().map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertThat(arrivals).hasSize(6);
        for (int k = limit; k < arrivals.size(); k++) {
            assertThat(arrivals.get(k) - arrivals.get(k - limit)).as("arrival %d after %d", k, k - limit).isGreaterThanOrEqualTo(serverMillis - 1);
        }
        assertThat(http.resilience().bulkhead().bulkhead().getMetrics().getAvailableConcurrentCalls()).isEqualTo(limit);
    }

    @Test
    void aFullBulkheadThatTimesOutIsARetryableFailureThatLeavesTheCircuitAlone() throws Exception {
        VendorHttp http = kit.http("t", ErrorClassifier.DEFAULT, Duration.ofSeconds(3),
                VendorTestKit.settings().withBulkhead(1, Duration.ofMillis(50)).withBreaker(2, Duration.ofSeconds(30)), Clock.systemUTC());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> http.withRetries(() -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        try {
            holding.await();
            assertThatThrownBy(() -> http.json(this::req)).isInstanceOfSatisfying(CallSlotsFullException.class, e -> {
                assertThat(e.retryable()).isTrue();
                assertThat(e.code()).isEqualTo("bulkhead_full");
            }).hasMessage("t: no free call slot (1 in flight) within 50 ms; not sent");
            assertThat(kit.sleeps).hasSize(3); // retried like any retryable failure, 4 attempts in all
            wm.verify(0, getRequestedFor(urlEqualTo("/x")));
            assertThat(http.resilience().circuitBreaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
        } finally {
            release.countDown();
            holder.join();
        }
        wm.stubFor(get("/x").willReturn(okJson("{\"a\":2}")));
        assertThat(http.json(this::req).get("a").asInt()).isEqualTo(2); // the slot is free again
    }

    @Test
    void secretsNeverReachMessages() {
        Secrets.register("sk-ant-supersecretvalue123");
        wm.stubFor(get("/x").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key sk-ant-supersecretvalue123\"}}")));
        assertThatThrownBy(() -> kit.http("t", ErrorClassifier.DEFAULT).json(this::req))
                .hasMessageContaining("authentication_error").hasMessageNotContaining("supersecret");
        assertThat(new Endpoint("http://h/v1", "sk-ant-supersecretvalue123").toString()).doesNotContain("secret");
        assertThat(Secrets.redact("Authorization: Bearer r8_abcdefghijkl")).doesNotContain("abcdefghijkl");
    }

    @Test
    void anExpiredDownloadIsReportedAsSuch() {
        wm.stubFor(get("/out.mp4").willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> kit.http("t", ErrorClassifier.DEFAULT).download(URI.create(wm.baseUrl() + "/out.mp4"),
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "never.mp4")))
                .isInstanceOf(OutputExpiredException.class).hasMessageContaining("expire");
    }
}
