package org.accord.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.accord.platform.events.ReceivedEvent;
import org.accord.platform.module.ModuleName;

/**
 * Remembers which events a module has processed. Called in the consumer's transaction, together with the effect: a
 * redelivered event finds its id already recorded and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final DataSource dataSource;

    Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return true the first time this module sees the event, false for every redelivery */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(ModuleName consumer, ReceivedEvent event) {
        String sql = "insert into " + consumer.schema() + ".inbox (event_id, event_type, source, received_at)"
                + " values (?, ?, ?, now()) on conflict (event_id) do nothing";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, event.id());
            statement.setString(2, event.type());
            statement.setString(3, event.source());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + event.id() + " in the " + consumer + " inbox",
                    e);
        }
    }
}
