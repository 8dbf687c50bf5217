-- Reported speech becomes a third kind of quote, INDIRECT ("Peskov said Putin had no plans to
-- call Trump"), and a quote keeps where its cue is written. The generated "searchVector"
-- column indexes every quote row whatever its kind. Statements from `prisma migrate diff`.

-- AlterEnum
ALTER TYPE "QuoteKind" ADD VALUE 'INDIRECT';

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN "cueStart" INTEGER,
ADD COLUMN "cueEnd" INTEGER;
