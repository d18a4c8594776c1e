package org.kasang.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 in front of a real server, whose line can be cut: while cut, its port refuses
 * connections and the open ones are closed, as when a server is down or the network between is. The platform's
 * Keycloak admin client talks through one, so a test can take Keycloak away from it without stopping Keycloak.
 */
final class CuttableProxy {

    private final int port;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    CuttableProxy(int targetPort) {
        this.port = SharedKeycloak.freePort();
        this.targetPort = targetPort;
        restore();
    }

    int port() {
        return port;
    }

    /** Refuses new connections and closes the open ones. */
    synchronized void cut() {
        try {
            if (listener != null) {
                listener.close();
                listener = null;
            }
        } catch (IOException ignored) {
            // closed anyway
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Relays again, on the same port. */
    synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "proxy-accept-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // the listener was closed by cut(), or one connection failed: the client sees it
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "proxy-pump-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
