package org.strat.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One game between two teams ({@code games}): its score and inning, and the owner of everything else recorded
 * about it, which is deleted with it.
 *
 * <p>Column defaults are mirrored in the field initialisers because Hibernate writes every column it maps (the
 * generated timestamps aside), so a server default only serves SQL written outside the application. Not thread-safe, like every entity.
 */
@Entity
@Table(name = "games",
        indexes = {
                @Index(name = "idx_game_status", columnList = "status"),
                @Index(name = "idx_game_league", columnList = "league_id")
        },
        check = {
                @CheckConstraint(name = "games_status_check",
                        constraint = "status IN ('pending','active','paused','completed','abandoned')"),
                @CheckConstraint(name = "games_current_half_check",
                        constraint = "current_half IN ('top','bottom')"),
                @CheckConstraint(name = "games_league_id_check",
                        constraint = "league_id IN ('sba','pd')")
        })
public class Game {

    // Generated in Java rather than by gen_random_uuid() so that the id is known before the insert: the session
    // and the card-set links use it as (part of) their primary key in the same flush.
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @ColumnDefault("gen_random_uuid()")
    @Column(name = "id", nullable = false)
    private UUID id;

    @Convert(converter = League.Converter.class)
    @Column(name = "league_id", length = 10, nullable = false)
    private League league;

    @Column(name = "home_team_id", nullable = false)
    private int homeTeamId;

    @Column(name = "away_team_id", nullable = false)
    private int awayTeamId;

    @Column(name = "home_user_id")
    private Integer homeUserId;

    @Column(name = "away_user_id")
    private Integer awayUserId;

    @ColumnDefault("1")
    @Column(name = "current_inning")
    private Integer currentInning = 1;

    @Convert(converter = Half.Converter.class)
    @ColumnDefault("'top'")
    @Column(name = "current_half", length = 10)
    private Half currentHalf = Half.TOP;

    @ColumnDefault("0")
    @Column(name = "home_score")
    private Integer homeScore = 0;

    @ColumnDefault("0")
    @Column(name = "away_score")
    private Integer awayScore = 0;

    @Convert(converter = GameStatus.Converter.class)
    @ColumnDefault("'pending'")
    @Column(name = "status", length = 20)
    private GameStatus status = GameStatus.PENDING;

    @ColumnDefault("true")
    @Column(name = "allow_spectators")
    private Boolean allowSpectators = true;

    // Left to the server's now() so that every row's creation time comes from one clock.
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

    @OneToMany(mappedBy = "game", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Lineup> lineups = new ArrayList<>();

    @OneToMany(mappedBy = "game", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("playNumber")
    private List<Play> plays = new ArrayList<>();

    // No orphanRemoval: rolls are the audit trail of the game, so dropping one from this list must not delete it;
    // they go only with the game itself.
    @OneToMany(mappedBy = "game", cascade = CascadeType.ALL)
    // Rolls stored in one transaction share their rolled_at (now() is the transaction's start), hence the id.
    @OrderBy("rolledAt, rollId")
    private List<Roll> rolls = new ArrayList<>();

    @OneToMany(mappedBy = "game", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RosterLink> rosterLinks = new ArrayList<>();

    @OneToMany(mappedBy = "game", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("priority, cardsetId")
    private List<GameCardsetLink> cardsetLinks = new ArrayList<>();

    // The foreign key is on game_sessions, so without bytecode enhancement Hibernate must query to learn whether
    // a session exists and loads it eagerly despite LAZY.
    @OneToOne(mappedBy = "game", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private GameSession session;

    protected Game() {
    }

    public Game(League league, int homeTeamId, int awayTeamId) {
        this.league = league;
        this.homeTeamId = homeTeamId;
        this.awayTeamId = awayTeamId;
    }

    /** Adds an entry to the lineup card and makes this game its owner. */
    public Lineup addLineup(Lineup lineup) {
        lineup.setGame(this);
        lineups.add(lineup);
        return lineup;
    }

    public Play addPlay(Play play) {
        play.setGame(this);
        plays.add(play);
        return play;
    }

    public Roll addRoll(Roll roll) {
        roll.setGame(this);
        rolls.add(roll);
        return roll;
    }

    public RosterLink addRosterLink(RosterLink rosterLink) {
        rosterLink.setGame(this);
        rosterLinks.add(rosterLink);
        return rosterLink;
    }

    public GameCardsetLink addCardsetLink(GameCardsetLink cardsetLink) {
        cardsetLink.setGame(this);
        cardsetLinks.add(cardsetLink);
        return cardsetLink;
    }

    /** Returns the live session of this game, opening it first if there is none (there is at most one). */
    public GameSession openSession() {
        if (session == null) {
            session = new GameSession(this);
        }
        return session;
    }

    public UUID getId() {
        return id;
    }

    public League getLeague() {
        return league;
    }

    public void setLeague(League league) {
        this.league = league;
    }

    public int getHomeTeamId() {
        return homeTeamId;
    }

    public void setHomeTeamId(int homeTeamId) {
        this.homeTeamId = homeTeamId;
    }

    public int getAwayTeamId() {
        return awayTeamId;
    }

    public void setAwayTeamId(int awayTeamId) {
        this.awayTeamId = awayTeamId;
    }

    public Integer getHomeUserId() {
        return homeUserId;
    }

    public void setHomeUserId(Integer homeUserId) {
        this.homeUserId = homeUserId;
    }

    public Integer getAwayUserId() {
        return awayUserId;
    }

    public void setAwayUserId(Integer awayUserId) {
        this.awayUserId = awayUserId;
    }

    public Integer getCurrentInning() {
        return currentInning;
    }

    public void setCurrentInning(Integer currentInning) {
        this.currentInning = currentInning;
    }

    public Half getCurrentHalf() {
        return currentHalf;
    }

    public void setCurrentHalf(Half currentHalf) {
        this.currentHalf = currentHalf;
    }

    public Integer getHomeScore() {
        return homeScore;
    }

    public void setHomeScore(Integer homeScore) {
        this.homeScore = homeScore;
    }

    public Integer getAwayScore() {
        return awayScore;
    }

    public void setAwayScore(Integer awayScore) {
        this.awayScore = awayScore;
    }

    public GameStatus getStatus() {
        return status;
    }

    public void setStatus(GameStatus status) {
        this.status = status;
    }

    public Boolean getAllowSpectators() {
        return allowSpectators;
    }

    public void setAllowSpectators(Boolean allowSpectators) {
        this.allowSpectators = allowSpectators;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Lineup> getLineups() {
        return lineups;
    }

    public List<Play> getPlays() {
        return plays;
    }

    public List<Roll> getRolls() {
        return rolls;
    }

    public List<RosterLink> getRosterLinks() {
        return rosterLinks;
    }

    public List<GameCardsetLink> getCardsetLinks() {
        return cardsetLinks;
    }

    public GameSession getSession() {
        return session;
    }
}
