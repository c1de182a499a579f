package org.accord.review.internal.persistence;

import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "ReviewStandard")
@Table(schema = "review", name = "standard")
public class StandardEntity {

    @Id
    public UUID id;
    public String reference;
    public String title;
    /** Usernames, comma-separated. */
    public String editors;

    public boolean editedBy(String username) {
        return Arrays.asList(editors.split(",")).contains(username);
    }
}
