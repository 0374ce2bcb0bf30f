package org.strat.model;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One plate appearance or baserunning event of a game ({@code plays}): the situation before it, who took part,
 * where the runners ended up, and what it adds to the box score.
 *
 * <p>The counting columns ({@code pa} to {@code error}) are this play's contribution to the batting, pitching
 * and fielding lines that the stat views sum; each is 0 or a small count. The class is long because the table
 * is wide: one attribute and accessor pair per column, with no logic to split off.
 */
@Entity
@Table(name = "plays",
        indexes = {
                @Index(name = "idx_play_game", columnList = "game_id"),
                // Exported by Hibernate as a UNIQUE constraint of this name (not a bare unique index), which is
                // what revision 001 creates: one play per number and game.
                @Index(name = "idx_play_game_number", columnList = "game_id, play_number", unique = true),
                @Index(name = "idx_play_batter", columnList = "batter_id"),
                @Index(name = "idx_play_pitcher", columnList = "pitcher_id"),
                @Index(name = "idx_play_catcher", columnList = "catcher_id"),
                @Index(name = "idx_play_defender", columnList = "defender_id"),
                @Index(name = "idx_play_runner", columnList = "runner_id"),
                @Index(name = "idx_play_on_first", columnList = "on_first_id"),
                @Index(name = "idx_play_on_second", columnList = "on_second_id"),
                @Index(name = "idx_play_on_third", columnList = "on_third_id"),
                @Index(name = "idx_play_roll", columnList = "roll_id")
        },
        check = {
                @CheckConstraint(name = "plays_half_check", constraint = "half IN ('top','bottom')"),
                @CheckConstraint(name = "plays_outs_before_check", constraint = "outs_before BETWEEN 0 AND 2"),
                @CheckConstraint(name = "plays_outs_after_check", constraint = "outs_after BETWEEN 0 AND 3"),
                @CheckConstraint(name = "plays_on_base_code_check", constraint = "on_base_code BETWEEN 0 AND 7")
        })
public class Play {

    /** {@link #getOnBaseCode()} bit of a runner on first; second is 2, third 4. */
    public static final int RUNNER_ON_FIRST = 1;
    public static final int RUNNER_ON_SECOND = 2;
    public static final int RUNNER_ON_THIRD = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", nullable = false, foreignKey = @ForeignKey(name = "plays_game_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Game game;

    @Column(name = "play_number", nullable = false)
    private int playNumber;

    @Column(name = "inning", nullable = false)
    private int inning;

    @Convert(converter = Half.Converter.class)
    @Column(name = "half", length = 10, nullable = false)
    private Half half;

    @Column(name = "outs_before", nullable = false)
    private int outsBefore;

    @Column(name = "outs_after", nullable = false)
    private int outsAfter;

    @Column(name = "batting_order")
    private Integer battingOrder;

    // The score before the play, so that a play can be replayed or undone without summing the ones before it.
    @ColumnDefault("0")
    @Column(name = "away_score", nullable = false)
    private int awayScore;

    @ColumnDefault("0")
    @Column(name = "home_score", nullable = false)
    private int homeScore;

    @ColumnDefault("0")
    @Column(name = "on_base_code", nullable = false)
    private int onBaseCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "batter_id", foreignKey = @ForeignKey(name = "plays_batter_id_fkey"))
    private Lineup batter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pitcher_id", foreignKey = @ForeignKey(name = "plays_pitcher_id_fkey"))
    private Lineup pitcher;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catcher_id", foreignKey = @ForeignKey(name = "plays_catcher_id_fkey"))
    private Lineup catcher;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "defender_id", foreignKey = @ForeignKey(name = "plays_defender_id_fkey"))
    private Lineup defender;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "runner_id", foreignKey = @ForeignKey(name = "plays_runner_id_fkey"))
    private Lineup runner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_first_id", foreignKey = @ForeignKey(name = "plays_on_first_id_fkey"))
    private Lineup onFirst;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_second_id", foreignKey = @ForeignKey(name = "plays_on_second_id_fkey"))
    private Lineup onSecond;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_third_id", foreignKey = @ForeignKey(name = "plays_on_third_id_fkey"))
    private Lineup onThird;

    // Where each man ended the play: 0 out, 1 to 3 the base he stands on, 4 scored; null if nobody was there.
    @Column(name = "on_first_final")
    private Integer onFirstFinal;

    @Column(name = "on_second_final")
    private Integer onSecondFinal;

    @Column(name = "on_third_final")
    private Integer onThirdFinal;

    @Column(name = "batter_final")
    private Integer batterFinal;

    // SET NULL rather than CASCADE: purging audit rolls must never delete the plays they decided.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "roll_id", foreignKey = @ForeignKey(name = "plays_roll_id_fkey"))
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Roll roll;

    @Column(name = "outcome", length = 50, nullable = false)
    private String outcome;

    @Column(name = "hit_location", length = 5)
    private String hitLocation;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "description")
    private String description;

    @ColumnDefault("0")
    @Column(name = "pa", nullable = false)
    private int pa;

    @ColumnDefault("0")
    @Column(name = "ab", nullable = false)
    private int ab;

    @ColumnDefault("0")
    @Column(name = "hit", nullable = false)
    private int hit;

    @ColumnDefault("0")
    @Column(name = "run", nullable = false)
    private int run;

    @ColumnDefault("0")
    @Column(name = "e_run", nullable = false)
    private int eRun;

    @ColumnDefault("0")
    @Column(name = "rbi", nullable = false)
    private int rbi;

    @ColumnDefault("0")
    @Column(name = "double", nullable = false)
    private int doubleHit;

    @ColumnDefault("0")
    @Column(name = "triple", nullable = false)
    private int triple;

    @ColumnDefault("0")
    @Column(name = "homerun", nullable = false)
    private int homerun;

    @ColumnDefault("0")
    @Column(name = "bb", nullable = false)
    private int bb;

    @ColumnDefault("0")
    @Column(name = "so", nullable = false)
    private int so;

    @ColumnDefault("0")
    @Column(name = "hbp", nullable = false)
    private int hbp;

    @ColumnDefault("0")
    @Column(name = "sac", nullable = false)
    private int sac;

    @ColumnDefault("0")
    @Column(name = "ibb", nullable = false)
    private int ibb;

    @ColumnDefault("0")
    @Column(name = "gidp", nullable = false)
    private int gidp;

    @ColumnDefault("0")
    @Column(name = "sb", nullable = false)
    private int sb;

    @ColumnDefault("0")
    @Column(name = "cs", nullable = false)
    private int cs;

    @ColumnDefault("0")
    @Column(name = "outs_recorded", nullable = false)
    private int outsRecorded;

    @ColumnDefault("0")
    @Column(name = "wild_pitch", nullable = false)
    private int wildPitch;

    @ColumnDefault("0")
    @Column(name = "passed_ball", nullable = false)
    private int passedBall;

    @ColumnDefault("0")
    @Column(name = "balk", nullable = false)
    private int balk;

    @ColumnDefault("0")
    @Column(name = "pick_off", nullable = false)
    private int pickOff;

    @ColumnDefault("0")
    @Column(name = "error", nullable = false)
    private int error;

    @ColumnDefault("false")
    @Column(name = "is_go_ahead", nullable = false)
    private boolean goAhead;

    @ColumnDefault("false")
    @Column(name = "is_tied", nullable = false)
    private boolean tied;

    @ColumnDefault("false")
    @Column(name = "complete", nullable = false)
    private boolean complete;

    @ColumnDefault("false")
    @Column(name = "locked", nullable = false)
    private boolean locked;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'")
    @Column(name = "play_metadata", nullable = false)
    private String playMetadata = "{}";

    @Generated
    @ColumnDefault("now()")
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Play() {
    }

    /** A play of the given situation; add it to its game with {@link Game#addPlay(Play)}. */
    public Play(int playNumber, int inning, Half half, int outsBefore, int outsAfter, String outcome) {
        this.playNumber = playNumber;
        this.inning = inning;
        this.half = half;
        this.outsBefore = outsBefore;
        this.outsAfter = outsAfter;
        this.outcome = outcome;
    }

    /** Sets the runners on base before the play (null for an empty base) and the on-base code that goes with them. */
    public void placeRunners(Lineup first, Lineup second, Lineup third) {
        this.onFirst = first;
        this.onSecond = second;
        this.onThird = third;
        this.onBaseCode = (first == null ? 0 : RUNNER_ON_FIRST)
                | (second == null ? 0 : RUNNER_ON_SECOND)
                | (third == null ? 0 : RUNNER_ON_THIRD);
    }

    /** Sets where the batter and each runner ended the play: 0 out, 1 to 3 a base, 4 scored, null if absent. */
    public void setFinalBases(Integer batterFinal, Integer onFirstFinal, Integer onSecondFinal, Integer onThirdFinal) {
        this.batterFinal = batterFinal;
        this.onFirstFinal = onFirstFinal;
        this.onSecondFinal = onSecondFinal;
        this.onThirdFinal = onThirdFinal;
    }

    /** Sets the score before the play. */
    public void setScoreBefore(int awayScore, int homeScore) {
        this.awayScore = awayScore;
        this.homeScore = homeScore;
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

    public int getPlayNumber() {
        return playNumber;
    }

    public int getInning() {
        return inning;
    }

    public Half getHalf() {
        return half;
    }

    public int getOutsBefore() {
        return outsBefore;
    }

    public int getOutsAfter() {
        return outsAfter;
    }

    public void setOutsAfter(int outsAfter) {
        this.outsAfter = outsAfter;
    }

    public Integer getBattingOrder() {
        return battingOrder;
    }

    public void setBattingOrder(Integer battingOrder) {
        this.battingOrder = battingOrder;
    }

    public int getAwayScore() {
        return awayScore;
    }

    public int getHomeScore() {
        return homeScore;
    }

    /** The runners on base before the play as bits: 1 first, 2 second, 4 third. */
    public int getOnBaseCode() {
        return onBaseCode;
    }

    public Lineup getBatter() {
        return batter;
    }

    public void setBatter(Lineup batter) {
        this.batter = batter;
    }

    public Lineup getPitcher() {
        return pitcher;
    }

    public void setPitcher(Lineup pitcher) {
        this.pitcher = pitcher;
    }

    public Lineup getCatcher() {
        return catcher;
    }

    public void setCatcher(Lineup catcher) {
        this.catcher = catcher;
    }

    public Lineup getDefender() {
        return defender;
    }

    public void setDefender(Lineup defender) {
        this.defender = defender;
    }

    public Lineup getRunner() {
        return runner;
    }

    public void setRunner(Lineup runner) {
        this.runner = runner;
    }

    public Lineup getOnFirst() {
        return onFirst;
    }

    public Lineup getOnSecond() {
        return onSecond;
    }

    public Lineup getOnThird() {
        return onThird;
    }

    public Integer getOnFirstFinal() {
        return onFirstFinal;
    }

    public Integer getOnSecondFinal() {
        return onSecondFinal;
    }

    public Integer getOnThirdFinal() {
        return onThirdFinal;
    }

    public Integer getBatterFinal() {
        return batterFinal;
    }

    public Roll getRoll() {
        return roll;
    }

    public void setRoll(Roll roll) {
        this.roll = roll;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getHitLocation() {
        return hitLocation;
    }

    public void setHitLocation(String hitLocation) {
        this.hitLocation = hitLocation;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getPa() {
        return pa;
    }

    public void setPa(int pa) {
        this.pa = pa;
    }

    public int getAb() {
        return ab;
    }

    public void setAb(int ab) {
        this.ab = ab;
    }

    public int getHit() {
        return hit;
    }

    public void setHit(int hit) {
        this.hit = hit;
    }

    public int getRun() {
        return run;
    }

    public void setRun(int run) {
        this.run = run;
    }

    public int getERun() {
        return eRun;
    }

    public void setERun(int eRun) {
        this.eRun = eRun;
    }

    public int getRbi() {
        return rbi;
    }

    public void setRbi(int rbi) {
        this.rbi = rbi;
    }

    public int getDoubleHit() {
        return doubleHit;
    }

    public void setDoubleHit(int doubleHit) {
        this.doubleHit = doubleHit;
    }

    public int getTriple() {
        return triple;
    }

    public void setTriple(int triple) {
        this.triple = triple;
    }

    public int getHomerun() {
        return homerun;
    }

    public void setHomerun(int homerun) {
        this.homerun = homerun;
    }

    public int getBb() {
        return bb;
    }

    public void setBb(int bb) {
        this.bb = bb;
    }

    public int getSo() {
        return so;
    }

    public void setSo(int so) {
        this.so = so;
    }

    public int getHbp() {
        return hbp;
    }

    public void setHbp(int hbp) {
        this.hbp = hbp;
    }

    public int getSac() {
        return sac;
    }

    public void setSac(int sac) {
        this.sac = sac;
    }

    public int getIbb() {
        return ibb;
    }

    public void setIbb(int ibb) {
        this.ibb = ibb;
    }

    public int getGidp() {
        return gidp;
    }

    public void setGidp(int gidp) {
        this.gidp = gidp;
    }

    public int getSb() {
        return sb;
    }

    public void setSb(int sb) {
        this.sb = sb;
    }

    public int getCs() {
        return cs;
    }

    public void setCs(int cs) {
        this.cs = cs;
    }

    public int getOutsRecorded() {
        return outsRecorded;
    }

    public void setOutsRecorded(int outsRecorded) {
        this.outsRecorded = outsRecorded;
    }

    public int getWildPitch() {
        return wildPitch;
    }

    public void setWildPitch(int wildPitch) {
        this.wildPitch = wildPitch;
    }

    public int getPassedBall() {
        return passedBall;
    }

    public void setPassedBall(int passedBall) {
        this.passedBall = passedBall;
    }

    public int getBalk() {
        return balk;
    }

    public void setBalk(int balk) {
        this.balk = balk;
    }

    public int getPickOff() {
        return pickOff;
    }

    public void setPickOff(int pickOff) {
        this.pickOff = pickOff;
    }

    public int getError() {
        return error;
    }

    public void setError(int error) {
        this.error = error;
    }

    public boolean isGoAhead() {
        return goAhead;
    }

    public void setGoAhead(boolean goAhead) {
        this.goAhead = goAhead;
    }

    public boolean isTied() {
        return tied;
    }

    public void setTied(boolean tied) {
        this.tied = tied;
    }

    public boolean isComplete() {
        return complete;
    }

    public void setComplete(boolean complete) {
        this.complete = complete;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    /** Free-form details of the play as JSON text; {@code {}} when there are none. */
    public String getPlayMetadata() {
        return playMetadata;
    }

    public void setPlayMetadata(String playMetadata) {
        this.playMetadata = playMetadata;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
