-- Nationalities, religious and political groups ("Russian", "Republicans") become entities of
-- their own type, GROUP. SQLite stores Prisma enums as TEXT: no column changes; the migration
-- keeps both providers' histories in step.
SELECT 1;
