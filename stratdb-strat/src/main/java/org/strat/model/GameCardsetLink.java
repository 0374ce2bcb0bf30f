package org.strat.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.io.Serializable;
import java.util.UUID;

/**
 * One card set that a pd game may draw cards from ({@code game_cardset_links}), with its priority.
 *
 * <p>The primary key is (game_id, cardset_id): a set is linked to a game at most once.
 */
@Entity
@IdClass(GameCardsetLink.Key.class)
@Table(name = "game_cardset_links")
public class GameCardsetLink {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", nullable = false, foreignKey = @ForeignKey(name = "game_cardset_links_game_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Game game;

    @Id
    @Column(name = "cardset_id", nullable = false)
    private int cardsetId;

    @ColumnDefault("1")
    @Column(name = "priority", nullable = false)
    private int priority = 1;

    protected GameCardsetLink() {
    }

    /** A link to card set {@code cardsetId}; add it with {@link Game#addCardsetLink(GameCardsetLink)}. */
    public GameCardsetLink(int cardsetId, int priority) {
        this.cardsetId = cardsetId;
        this.priority = priority;
    }

    public Game getGame() {
        return game;
    }

    void setGame(Game game) {
        this.game = game;
    }

    public int getCardsetId() {
        return cardsetId;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    /** The primary key: the game's id and the card set's id, named after the attributes they stand for. */
    public record Key(UUID game, int cardsetId) implements Serializable {
    }
}
