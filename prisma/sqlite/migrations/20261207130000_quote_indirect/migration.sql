-- Reported speech becomes a third kind of quote, INDIRECT ("Peskov said Putin had no plans to
-- call Trump"), and a quote keeps where its cue is written. SQLite stores Prisma enums as TEXT
-- with no CHECK, so the new kind needs no change here; the FTS5 triggers index every quote row
-- whatever its kind. Statements from `prisma migrate diff`.

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN "cueStart" INTEGER;
ALTER TABLE "Quote" ADD COLUMN "cueEnd" INTEGER;
