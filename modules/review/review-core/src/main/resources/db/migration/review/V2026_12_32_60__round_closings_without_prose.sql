-- A round the clock closed at its closing time kept "the round's clock" and "Closing time reached" as who closed it and
-- why, in English. It now keeps neither: the page says so in the reader's language. Only a moderator who closes a round
-- early is named, with the reason they typed.
update review.round
   set closed_by = null, close_reason = null
 where status = 'CLOSED' and closed_by = 'the round''s clock' and close_reason = 'Closing time reached';
