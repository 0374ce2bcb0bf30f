package org.strat.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One dice roll of a game ({@code rolls}), kept with its raw result so that a game can be audited and replayed.
 *
 * <p>Its id is assigned by the application ({@code roll_id} has no default), so a roll can be named, in logs for
 * example, before it is stored. The JSON columns hold JSON text as it is; PostgreSQL parses it on every write.
 */
@Entity
@Table(name = "rolls",
        indexes = {
                @Index(name = "idx_roll_game", columnList = "game_id"),
                @Index(name = "idx_roll_type", columnList = "roll_type"),
                @Index(name = "idx_roll_league", columnList = "league_id"),
                @Index(name = "idx_roll_team", columnList = "team_id"),
                @Index(name = "idx_roll_player", columnList = "player_id")
        },
        check = {
                @CheckConstraint(name = "rolls_roll_type_check",
                        constraint = "roll_type IN ('ab','jump','fielding','d20','pickoff','wild_pitch')"),
                @CheckConstraint(name = "rolls_league_id_check",
                        constraint = "league_id IN ('sba','pd')")
        })
public class Roll {

    @Id
    @Column(name = "roll_id", length = 50, nullable = false)
    private String rollId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", nullable = false, foreignKey = @ForeignKey(name = "rolls_game_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Game game;

    @Convert(converter = RollType.Converter.class)
    @Column(name = "roll_type", length = 20, nullable = false)
    private RollType rollType;

    @Convert(converter = League.Converter.class)
    @Column(name = "league_id", length = 10, nullable = false)
    private League league;

    @Column(name = "team_id")
    private Integer teamId;

    @Column(name = "player_id")
    private Integer playerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "roll_data", nullable = false)
    private String rollData;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "context")
    private String context;

    // A roll is stored when it is made, so the server's insert time is the roll time.
    @Generated
    @ColumnDefault("now()")
    @Column(name = "rolled_at", nullable = false, updatable = false)
    private Instant rolledAt;

    protected Roll() {
    }

    /** A roll of the game's league; add it to its game with {@link Game#addRoll(Roll)}. */
    public Roll(String rollId, RollType rollType, League league, String rollData) {
        this.rollId = rollId;
        this.rollType = rollType;
        this.league = league;
        this.rollData = rollData;
    }

    public String getRollId() {
        return rollId;
    }

    public Game getGame() {
        return game;
    }

    void setGame(Game game) {
        this.game = game;
    }

    public RollType getRollType() {
        return rollType;
    }

    public League getLeague() {
        return league;
    }

    public Integer getTeamId() {
        return teamId;
    }

    public void setTeamId(Integer teamId) {
        this.teamId = teamId;
    }

    public Integer getPlayerId() {
        return playerId;
    }

    public void setPlayerId(Integer playerId) {
        this.playerId = playerId;
    }

    /** The raw result as JSON text, for example {@code {"d6": [3, 5], "d20": 14}}. */
    public String getRollData() {
        return rollData;
    }

    public void setRollData(String rollData) {
        this.rollData = rollData;
    }

    /** What the roll was made for (inning, outs, runners) as JSON text, or null. */
    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public Instant getRolledAt() {
        return rolledAt;
    }
}
