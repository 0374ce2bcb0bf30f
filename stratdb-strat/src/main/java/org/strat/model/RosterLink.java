package org.strat.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.time.Instant;

/**
 * One player (sba) or card (pd) that a team may use in a game ({@code roster_links}).
 *
 * <p>The two unique constraints keep a player or card on at most one roster per game; rows of the other league
 * have null there, which a unique constraint does not compare.
 */
@Entity
@Table(name = "roster_links",
        uniqueConstraints = {
                @UniqueConstraint(name = "uq_roster_game_card", columnNames = {"game_id", "card_id"}),
                @UniqueConstraint(name = "uq_roster_game_player", columnNames = {"game_id", "player_id"})
        },
        indexes = @Index(name = "idx_roster_link_game_team", columnList = "game_id, team_id"),
        check = @CheckConstraint(name = "roster_links_card_or_player_check",
                constraint = "num_nonnulls(card_id, player_id) = 1"))
public class RosterLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", nullable = false, foreignKey = @ForeignKey(name = "roster_links_game_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Game game;

    @Column(name = "team_id", nullable = false)
    private int teamId;

    @Column(name = "card_id")
    private Integer cardId;

    @Column(name = "player_id")
    private Integer playerId;

    @Generated
    @ColumnDefault("now()")
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected RosterLink() {
    }

    private RosterLink(int teamId, Integer cardId, Integer playerId) {
        this.teamId = teamId;
        this.cardId = cardId;
        this.playerId = playerId;
    }

    /** An sba player on a team's roster; add it with {@link Game#addRosterLink(RosterLink)}. */
    public static RosterLink ofPlayer(int teamId, int playerId) {
        return new RosterLink(teamId, null, playerId);
    }

    /** A pd card on a team's roster; add it with {@link Game#addRosterLink(RosterLink)}. */
    public static RosterLink ofCard(int teamId, int cardId) {
        return new RosterLink(teamId, cardId, null);
    }

    public Integer getId() {
        return id;
    }

    public Game getGame() {
        return game;
    }

    void setGame(Game game) {
        this.game = game;
    }

    public int getTeamId() {
        return teamId;
    }

    public Integer getCardId() {
        return cardId;
    }

    public Integer getPlayerId() {
        return playerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
