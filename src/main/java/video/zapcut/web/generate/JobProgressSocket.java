package video.zapcut.web.generate;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import video.zapcut.common.Json;
import video.zapcut.jobs.JobEvent;
import video.zapcut.jobs.JobEventBus;
import video.zapcut.web.security.AuthenticatedUser;

/**
 * WebSocket /v1/generate/video/job/{job_id}/ws: the same stream as the SSE endpoint, as JSON text
 * messages {@code {"event": "snapshot"|"progress", "data": {...}}}; the server closes the socket
 * (1000) after the job's terminal event. The handshake is authenticated like any request; browsers,
 * which cannot set headers on a WebSocket, pass the access token as {@code ?access_token=}.
 */
@Component
public class JobProgressSocket extends TextWebSocketHandler {
    static final String PATH = "/v1/generate/video/job/*/ws";
    private static final Pattern JOB_ID = Pattern.compile("/v1/generate/video/job/([^/]+)/ws$");

    private final JobStatuses statuses;
    private final JobEventBus bus;
    private final MediaLinks links;
    private final Map<String, AutoCloseable> subscriptions = new ConcurrentHashMap<>();

    public JobProgressSocket(JobStatuses statuses, JobEventBus bus, MediaLinks links) {
        this.statuses = statuses;
        this.bus = bus;
        this.links = links;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        Optional<UUID> user = session.getPrincipal() instanceof Authentication a ? AuthenticatedUser.idIfAny(a) : Optional.empty();
        UUID jobId = jobId(session.getUri());
        boolean found = user.isPresent() && jobId != null && statuses.exists(user.get(), jobId);
        if (!found) {
            // 4404: an application close code; another user's job is "not found" here as everywhere.
            session.close(new CloseStatus(4404, "no such job"));
            return;
        }
        SnapshotFirst<JobEvent> ordered = new SnapshotFirst<>(event -> forward(session, event));
        subscriptions.put(session.getId(), bus.subscribe(jobId, ordered));
        URI uri = session.getUri();
        String base = (uri.getScheme().equals("wss") ? "https" : "http") + "://" + uri.getAuthority();
        JobStatusResponse snapshot = statuses.of(user.get(), jobId, p -> links.link(base, p)).orElseThrow();
        ordered.open(() -> {
            try {
                send(session, "snapshot", snapshot);
                if (JobEventsController.isTerminal(snapshot.status())) session.close(CloseStatus.NORMAL);
            } catch (IOException e) {
                unsubscribe(session);
            }
        });
    }

    private void forward(WebSocketSession session, JobEvent event) {
        try {
            send(session, "progress", event);
            if (event.terminal()) session.close(CloseStatus.NORMAL);
        } catch (IOException e) {
            unsubscribe(session);
        }
    }

    private static void send(WebSocketSession session, String name, Object data) throws IOException {
        String json = Json.write(Map.of("event", name, "data", Json.tree(data)));
        synchronized (session) {
            if (session.isOpen()) session.sendMessage(new TextMessage(json));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        unsubscribe(session);
    }

    private void unsubscribe(WebSocketSession session) {
        AutoCloseable s = subscriptions.remove(session.getId());
        if (s == null) return;
        try {
            s.close();
        } catch (Exception ignored) {
            // the subscription holds nothing else
        }
    }

    private static UUID jobId(URI uri) {
        if (uri == null) return null;
        Matcher m = JOB_ID.matcher(uri.getPath());
        if (!m.find()) return null;
        try {
            return UUID.fromString(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
