package org.accord.notifications.internal.domain;

/**
 * What a notice tells, each with how its e-mail is delivered until the member chooses otherwise: what asks for action
 * soon goes out at once, what only informs waits for the daily digest.
 */
public enum NoticeKind {
    BALLOT_OPENED(Delivery.IMMEDIATE), BALLOT_CLOSING(Delivery.IMMEDIATE), BALLOT_CLOSED(Delivery.DIGEST), ROUND_OPENED(
            Delivery.DIGEST), ROUND_CLOSING(Delivery.DIGEST), COMMENT_DISPOSED(
                    Delivery.IMMEDIATE), SUGGESTION_DECIDED(Delivery.IMMEDIATE), STAGE_CHANGED(
                            Delivery.DIGEST), LIAISON_REPLY_DUE(Delivery.IMMEDIATE), BALANCE_ALERT(
                                    Delivery.IMMEDIATE), MEMBERSHIP_CHANGED(Delivery.IMMEDIATE);

    private final Delivery byDefault;

    NoticeKind(Delivery byDefault) {
        this.byDefault = byDefault;
    }

    public Delivery byDefault() {
        return byDefault;
    }
}
