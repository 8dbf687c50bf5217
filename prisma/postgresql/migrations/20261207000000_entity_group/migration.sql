-- Nationalities, religious and political groups ("Russian", "Republicans") become entities of their own type.
ALTER TYPE "EntityType" ADD VALUE 'GROUP' BEFORE 'OTHER';
