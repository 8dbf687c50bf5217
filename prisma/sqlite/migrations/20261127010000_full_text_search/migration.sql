-- Full-text indexes (SQLite FTS5) over article titles and bodies, quote texts and entity
-- names. Prisma cannot describe virtual tables, so this migration is written by hand.
-- External-content tables hold only the index; triggers keep them in step with their rows.
-- The porter stemmer makes "signal" find "signalling"; remove_diacritics folds accents.

CREATE VIRTUAL TABLE "ArticleFts" USING fts5(
  title, body,
  content = 'Article', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER "Article_fts_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ArticleFts" (rowid, title, body) VALUES (new."id", new."title", new."body");
END;
CREATE TRIGGER "Article_fts_delete" AFTER DELETE ON "Article" BEGIN
  INSERT INTO "ArticleFts" ("ArticleFts", rowid, title, body) VALUES ('delete', old."id", old."title", old."body");
END;
CREATE TRIGGER "Article_fts_update" AFTER UPDATE OF "title", "body" ON "Article" BEGIN
  INSERT INTO "ArticleFts" ("ArticleFts", rowid, title, body) VALUES ('delete', old."id", old."title", old."body");
  INSERT INTO "ArticleFts" (rowid, title, body) VALUES (new."id", new."title", new."body");
END;

CREATE VIRTUAL TABLE "QuoteFts" USING fts5(
  text,
  content = 'Quote', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER "Quote_fts_insert" AFTER INSERT ON "Quote" BEGIN
  INSERT INTO "QuoteFts" (rowid, text) VALUES (new."id", new."text");
END;
CREATE TRIGGER "Quote_fts_delete" AFTER DELETE ON "Quote" BEGIN
  INSERT INTO "QuoteFts" ("QuoteFts", rowid, text) VALUES ('delete', old."id", old."text");
END;
CREATE TRIGGER "Quote_fts_update" AFTER UPDATE OF "text" ON "Quote" BEGIN
  INSERT INTO "QuoteFts" ("QuoteFts", rowid, text) VALUES ('delete', old."id", old."text");
  INSERT INTO "QuoteFts" (rowid, text) VALUES (new."id", new."text");
END;

CREATE VIRTUAL TABLE "EntityFts" USING fts5(
  name,
  content = 'Entity', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER "Entity_fts_insert" AFTER INSERT ON "Entity" BEGIN
  INSERT INTO "EntityFts" (rowid, name) VALUES (new."id", new."name");
END;
CREATE TRIGGER "Entity_fts_delete" AFTER DELETE ON "Entity" BEGIN
  INSERT INTO "EntityFts" ("EntityFts", rowid, name) VALUES ('delete', old."id", old."name");
END;
CREATE TRIGGER "Entity_fts_update" AFTER UPDATE OF "name" ON "Entity" BEGIN
  INSERT INTO "EntityFts" ("EntityFts", rowid, name) VALUES ('delete', old."id", old."name");
  INSERT INTO "EntityFts" (rowid, name) VALUES (new."id", new."name");
END;
