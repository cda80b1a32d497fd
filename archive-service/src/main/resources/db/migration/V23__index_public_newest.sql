-- The public search shows the newest PUBLIC OUTBOUND items that match: with this order in an index, PostgreSQL finds
-- a page of a common word by walking the newest items and checking each one's text, instead of collecting and sorting
-- every match (issue 12: a page of "kommunen" over a million items). Rare words still go through the GIN index.
create index item_public_newest on item (direction, visibility, platform_created_at desc, id);
