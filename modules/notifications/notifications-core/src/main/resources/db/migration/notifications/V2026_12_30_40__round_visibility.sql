-- Whether a round shows its comments to members while it is open, so that live updates of a round that hides them
-- say nothing of its comments until it closes. Rounds known before this column are taken as hiding them: the safe way.
alter table notifications.round add column visible_while_open boolean not null default false;
