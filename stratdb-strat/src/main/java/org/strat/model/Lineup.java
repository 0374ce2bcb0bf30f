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
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * One entry on a team's lineup card in a game ({@code lineups}): a player (sba) or card (pd) at a position,
 * either a starter or a substitute that {@linkplain #getReplacing() replaced} an earlier entry.
 *
 * <p>An entry is never rewritten when a substitution happens: the old entry is deactivated and a new one
 * points at it, so plays keep naming the man who was actually on the field.
 */
@Entity
@Table(name = "lineups",
        indexes = {
                @Index(name = "idx_lineup_game", columnList = "game_id"),
                @Index(name = "idx_lineup_game_team", columnList = "game_id, team_id"),
                @Index(name = "idx_lineup_replacing", columnList = "replacing_id")
        },
        check = @CheckConstraint(name = "lineups_card_or_player_check",
                constraint = "num_nonnulls(card_id, player_id) = 1"))
public class Lineup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", nullable = false, foreignKey = @ForeignKey(name = "lineups_game_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Game game;

    @Column(name = "team_id", nullable = false)
    private int teamId;

    @Column(name = "card_id")
    private Integer cardId;

    @Column(name = "player_id")
    private Integer playerId;

    @Column(name = "position", length = 5, nullable = false)
    private String position;

    @Column(name = "batting_order")
    private Integer battingOrder;

    @ColumnDefault("true")
    @Column(name = "is_starter")
    private Boolean starter = true;

    @ColumnDefault("true")
    @Column(name = "is_active")
    private Boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replacing_id", foreignKey = @ForeignKey(name = "lineups_replacing_id_fkey"))
    private Lineup replacing;

    // Play numbers rather than foreign keys to plays: the entry exists before its first play is recorded.
    @Column(name = "entered_game_at")
    private Integer enteredGameAt;

    @Column(name = "exited_game_at")
    private Integer exitedGameAt;

    protected Lineup() {
    }

    private Lineup(int teamId, Integer cardId, Integer playerId, String position, Integer battingOrder) {
        this.teamId = teamId;
        this.cardId = cardId;
        this.playerId = playerId;
        this.position = position;
        this.battingOrder = battingOrder;
    }

    /** A starting sba player; add it to its game with {@link Game#addLineup(Lineup)}. */
    public static Lineup ofPlayer(int teamId, int playerId, String position, Integer battingOrder) {
        return new Lineup(teamId, null, playerId, position, battingOrder);
    }

    /** A starting pd card; add it to its game with {@link Game#addLineup(Lineup)}. */
    public static Lineup ofCard(int teamId, int cardId, String position, Integer battingOrder) {
        return new Lineup(teamId, cardId, null, position, battingOrder);
    }

    /**
     * Makes this entry the substitute for {@code replaced} from play {@code playNumber} on: it is no starter,
     * and the replaced entry leaves the game at that play.
     */
    public Lineup substituteFor(Lineup replaced, int playNumber) {
        this.replacing = replaced;
        this.starter = false;
        this.enteredGameAt = playNumber;
        replaced.active = false;
        replaced.exitedGameAt = playNumber;
        return this;
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

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Integer getBattingOrder() {
        return battingOrder;
    }

    public void setBattingOrder(Integer battingOrder) {
        this.battingOrder = battingOrder;
    }

    public Boolean getStarter() {
        return starter;
    }

    public void setStarter(Boolean starter) {
        this.starter = starter;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Lineup getReplacing() {
        return replacing;
    }

    public void setReplacing(Lineup replacing) {
        this.replacing = replacing;
    }

    public Integer getEnteredGameAt() {
        return enteredGameAt;
    }

    public void setEnteredGameAt(Integer enteredGameAt) {
        this.enteredGameAt = enteredGameAt;
    }

    public Integer getExitedGameAt() {
        return exitedGameAt;
    }

    public void setExitedGameAt(Integer exitedGameAt) {
        this.exitedGameAt = exitedGameAt;
    }
}
