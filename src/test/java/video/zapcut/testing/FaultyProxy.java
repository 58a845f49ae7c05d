package video.zapcut.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a loopback port in front of an HTTP server (S3Mock), to give its clients store
 * faults: {@link #answer503(int)} makes the next connections get {@code 503 SlowDown} instead of the
 * server, {@link #down()} stops listening (connections are refused) until {@link #up()} listens on
 * the same port again. Open connections are cut whenever the mode changes, so pooled connections do
 * not slip past a fault.
 */
public final class FaultyProxy implements AutoCloseable {
    private static final String SLOW_DOWN_BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
            + "<Message>Please reduce your request rate.</Message></Error>";
    private static final byte[] SLOW_DOWN = ("HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nConnection: close\r\n"
            + "Content-Length: " + SLOW_DOWN_BODY.length() + "\r\n\r\n" + SLOW_DOWN_BODY).getBytes(StandardCharsets.US_ASCII);
    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending503 = new AtomicInteger();
    private final AtomicInteger pendingStalls = new AtomicInteger();
    private final AtomicInteger stalled = new AtomicInteger();
    private final AtomicInteger served503 = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private volatile ServerSocket listener;

    public FaultyProxy(URI target) throws IOException {
        this.target = new InetSocketAddress(target.getHost(), target.getPort());
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = s.getLocalPort();
        listen(s);
    }

    public URI endpoint() { return URI.create("http://127.0.0.1:" + port); }

    /** The next {@code n} connections are read and never answered (a store that stalls), then requests reach the server again. */
    public void stall(int n) {
        pendingStalls.set(n);
    }

    public int stalled() { return stalled.get(); }

    /** The next {@code n} connections are answered 503 SlowDown, then requests reach the server again. */
    public void answer503(int n) {
        pending503.set(n);
        cutOpenConnections();
    }

    /** Stops listening and cuts every open connection: the store is down. */
    public synchronized void down() throws IOException {
        if (listener != null) listener.close();
        listener = null;
        cutOpenConnections();
    }

    /** Listens on the same port again: the store is back. */
    public synchronized void up() throws IOException {
        if (listener != null) return;
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(s);
    }

    public int served503() { return served503.get(); }

    public int forwarded() { return forwarded.get(); }

    private synchronized void listen(ServerSocket s) {
        listener = s;
        Thread.ofPlatform().daemon(true).name("faulty-proxy-" + port).start(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Thread.ofVirtual().start(() -> serve(client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void serve(Socket client) {
        open.add(client);
        try (client) {
            if (pendingStalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                readHead(client.getInputStream());
                stalled.incrementAndGet();
                // Say nothing until the client gives up and closes the connection (its read timeout).
                while (client.getInputStream().read() != -1) {
                    // drain whatever body it sends
                }
                return;
            }
            if (pending503.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                readHead(client.getInputStream()); // the request line and headers; the body is not waited for
                client.getOutputStream().write(SLOW_DOWN);
                client.getOutputStream().flush();
                served503.incrementAndGet();
                return;
            }
            forwarded.incrementAndGet();
            try (Socket server = new Socket()) {
                server.connect(target, 5000);
                open.add(server);
                Thread back = Thread.ofVirtual().start(() -> pipe(server, client));
                pipe(client, server);
                back.join();
            } finally {
                open.removeIf(Socket::isClosed);
            }
        } catch (IOException | InterruptedException e) {
            // a cut connection
        } finally {
            open.remove(client);
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < 4 && (b = in.read()) >= 0) matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }

    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException cut) {
            // the other side closed or the proxy cut it
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
    }

    private void cutOpenConnections() {
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
        open.clear();
    }

    @Override
    public synchronized void close() throws IOException {
        down();
    }
}
