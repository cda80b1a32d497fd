-- Replies point at their parent (item.parent_item_id references item on delete set null). Without an index every
-- deleted item made PostgreSQL scan the whole item table for replies to un-link: disposal slowed with the square of the
-- archive's size (found by the benchmark's disposal scenario, issue 12).
create index item_parent on item (parent_item_id) where parent_item_id is not null;
