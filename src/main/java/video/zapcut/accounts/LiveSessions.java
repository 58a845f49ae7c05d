package video.zapcut.accounts;

import java.util.UUID;
import org.springframework.stereotype.Component;
import video.zapcut.accounts.session.SessionRepository;

/** Whether a sign-in is still live: what the web layer asks of an access token's session on every request. */
@Component
public class LiveSessions {
    private final SessionRepository sessions;

    public LiveSessions(SessionRepository sessions) { this.sessions = sessions; }

    public boolean isLive(UUID sessionId, UUID userId) { return sessions.isLive(sessionId, userId); }
}
