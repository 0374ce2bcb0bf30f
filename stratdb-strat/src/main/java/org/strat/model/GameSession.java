package org.strat.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * The live connection state of one game ({@code game_sessions}): who is connected, when something last
 * happened, and a snapshot from which a reconnecting client rebuilds the game.
 *
 * <p>It shares the game's primary key ({@code @MapsId}) because a game has at most one session; open it with
 * {@link Game#openSession()}. The JSON columns hold JSON text as it is.
 */
@Entity
@Table(name = "game_sessions",
        indexes = @Index(name = "idx_game_session_last_action", columnList = "last_action_at"))
public class GameSession {

    @Id
    @Column(name = "game_id", nullable = false)
    private UUID gameId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", foreignKey = @ForeignKey(name = "game_sessions_game_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Game game;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'")
    @Column(name = "connected_users", nullable = false)
    private String connectedUsers = "{}";

    // Set by the application on each game action (recordAction), so it is written like any column once the
    // server's now() has filled it on insert.
    @Generated
    @ColumnDefault("now()")
    @Column(name = "last_action_at", nullable = false)
    private Instant lastActionAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'")
    @Column(name = "state_snapshot", nullable = false)
    private String stateSnapshot = "{}";

    @Generated
    @ColumnDefault("now()")
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    // No trigger maintains it, so every INSERT and UPDATE that Hibernate writes sets it to the server's now().
    // Not @CurrentTimestamp: on PostgreSQL it writes localtimestamp, which the timestamptz column reads in the
    // session's time zone, an hour off during the hour that repeats when daylight saving time ends.
    @Generated(event = {EventType.INSERT, EventType.UPDATE}, sql = "now()")
    @ColumnDefault("now()")
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected GameSession() {
    }

    GameSession(Game game) {
        this.game = game;
    }

    /** Notes that a game action happened at {@code when}; idle sessions are found by this time. */
    public void recordAction(Instant when) {
        this.lastActionAt = when;
    }

    public UUID getGameId() {
        return gameId;
    }

    public Game getGame() {
        return game;
    }

    /** The connected users as JSON text; {@code {}} when nobody is connected. */
    public String getConnectedUsers() {
        return connectedUsers;
    }

    public void setConnectedUsers(String connectedUsers) {
        this.connectedUsers = connectedUsers;
    }

    public Instant getLastActionAt() {
        return lastActionAt;
    }

    /** The client-facing game state as JSON text; {@code {}} before the first snapshot. */
    public String getStateSnapshot() {
        return stateSnapshot;
    }

    public void setStateSnapshot(String stateSnapshot) {
        this.stateSnapshot = stateSnapshot;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
