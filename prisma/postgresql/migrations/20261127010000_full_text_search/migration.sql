-- Full-text search (PostgreSQL): a stored tsvector per searchable row, generated from its
-- text so it can never fall out of step, and a GIN index on each. Written by hand: Prisma
-- cannot describe these columns, and ignores them. Titles weigh more than bodies.

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("body", '')), 'B')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ALTER TABLE "Quote" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', coalesce("text", ''))
) STORED;
CREATE INDEX "Quote_searchVector_idx" ON "Quote" USING GIN ("searchVector");

-- Names are not stemmed ("simple"), as in the SQLite index.
ALTER TABLE "Entity" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', coalesce("name", ''))
) STORED;
CREATE INDEX "Entity_searchVector_idx" ON "Entity" USING GIN ("searchVector");
