package org.strat.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Servers that are not the PostgreSQL stratdb needs, for the bad-input tests: one that speaks HTTP, and one that
 * speaks just enough of the PostgreSQL protocol (version 3, trust authentication) to claim an old version.
 */
public final class FakeServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    private FakeServer(Handler handler) throws IOException {
        socket = new ServerSocket(0);
        thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    handler.handle(client);
                } catch (IOException e) {
                    // the client hung up or the server is closing: serve the next one
                }
            }
        }, "fake-server");
        thread.setDaemon(true);
        thread.start();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(Socket client) throws IOException;
    }

    public static FakeServer http() throws IOException {
        return new FakeServer(client -> {
            OutputStream out = client.getOutputStream();
            out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
    }

    /** Answers the startup handshake as a PostgreSQL server of the given version would, then waits for Terminate. */
    public static FakeServer postgres(String serverVersion) throws IOException {
        return new FakeServer(client -> {
            DataInputStream in = new DataInputStream(client.getInputStream());
            DataOutputStream out = new DataOutputStream(client.getOutputStream());
            int length = in.readInt();
            int code = in.readInt();
            if (code == 80877103) { // SSLRequest: refuse, then read the real startup packet
                out.writeByte('N');
                out.flush();
                length = in.readInt();
                in.readInt();
            }
            in.skipBytes(length - 8);
            out.writeByte('R');
            out.writeInt(8);
            out.writeInt(0);
            parameter(out, "server_version", serverVersion);
            parameter(out, "server_encoding", "UTF8");
            parameter(out, "client_encoding", "UTF8");
            parameter(out, "DateStyle", "ISO, MDY");
            parameter(out, "integer_datetimes", "on");
            parameter(out, "standard_conforming_strings", "on");
            out.writeByte('K');
            out.writeInt(12);
            out.writeInt(4242);
            out.writeInt(1);
            out.writeByte('Z');
            out.writeInt(5);
            out.writeByte('I');
            out.flush();
            answerQueries(in, out);
        });
    }

    /** Acknowledges whatever the driver sends while it sets up the session, until it terminates. */
    private static void answerQueries(DataInputStream in, DataOutputStream out) throws IOException {
        while (true) {
            int type = in.read();
            if (type < 0 || type == 'X') {
                return;
            }
            in.skipBytes(in.readInt() - 4);
            switch (type) {
                case 'P' -> message(out, '1', new byte[0]);
                case 'B' -> message(out, '2', new byte[0]);
                case 'D' -> message(out, 'n', new byte[0]);
                case 'E' -> message(out, 'C', "SET\0".getBytes(StandardCharsets.US_ASCII));
                case 'Q' -> {
                    message(out, 'C', "SET\0".getBytes(StandardCharsets.US_ASCII));
                    message(out, 'Z', new byte[] {'I'});
                }
                case 'S' -> message(out, 'Z', new byte[] {'I'});
                default -> { }
            }
            out.flush();
        }
    }

    private static void message(DataOutputStream out, char type, byte[] body) throws IOException {
        out.writeByte(type);
        out.writeInt(4 + body.length);
        out.write(body);
    }

    private static void parameter(DataOutputStream out, String name, String value) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte('S');
        out.writeInt(4 + nameBytes.length + 1 + valueBytes.length + 1);
        out.write(nameBytes);
        out.writeByte(0);
        out.write(valueBytes);
        out.writeByte(0);
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
