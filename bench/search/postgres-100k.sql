-- 100,000 synthetic articles for timing reader search on PostgreSQL; the same text as sqlite-100k.sql.
-- Run on a database the app has migrated: psql "...;dbname=search_100k" -f bench/search/postgres-100k.sql
BEGIN;
CREATE TEMP TABLE syl(i int PRIMARY KEY, s text);
INSERT INTO syl VALUES (0,'ka'),(1,'lo'),(2,'mi'),(3,'ru'),(4,'ta'),(5,'so'),(6,'ni'),(7,'vu'),
    (8,'pa'),(9,'do'),(10,'ri'),(11,'gu'),(12,'ba'),(13,'fo'),(14,'li'),(15,'zu');
CREATE TEMP TABLE vocab AS SELECT n.i, a.s || b.s || c.s AS w FROM generate_series(0, 2999) n(i)
    JOIN syl a ON a.i = n.i % 16 JOIN syl b ON b.i = (n.i / 16) % 16 JOIN syl c ON c.i = (n.i / 256) % 16;
CREATE UNIQUE INDEX ON vocab(i);
CREATE TEMP TABLE sentence AS
    WITH h AS (SELECT s.i, k.j, (s.i::bigint * 1103515245 + k.j * 12345 + s.i::bigint * k.j * 2654435761) % 1000003 AS h
               FROM generate_series(0, 1999) s(i), generate_series(0, 11) k(j)),
         picks AS (SELECT i, j, ((h % 3000) * ((h / 3000) % 3000) / 3000)::int AS wi FROM h)
    SELECT p.i, upper(substr(string_agg(v.w, ' ' ORDER BY p.j), 1, 1)) || substr(string_agg(v.w, ' ' ORDER BY p.j), 2) || '.' AS t
    FROM picks p JOIN vocab v ON v.i = p.wi GROUP BY p.i;
CREATE UNIQUE INDEX ON sentence(i);
CREATE TEMP TABLE body AS
    SELECT n.i, string_agg(s.t, ' ' ORDER BY k.j)
        || CASE WHEN n.i % 4 = 0 THEN ' The lantern burned late into the night.' ELSE '' END
        || CASE WHEN n.i = 77777 THEN ' A zephyrine wind came off the sea.' ELSE '' END AS t
    FROM generate_series(1, 100000) n(i) CROSS JOIN generate_series(0, 29) k(j)
    JOIN sentence s ON s.i = (n.i::bigint * 7919 + k.j * 104729 + k.j * k.j * 31) % 2000 GROUP BY n.i;

INSERT INTO "AspNetUsers" ("Id", "DisplayName", "Slug", "CreatedAtUtc", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
VALUES ('bench-author', 'Bench Author', 'bench-author', '2020-01-01 00:00:00+00', false, false, false, false, 0);
INSERT INTO "Categories" ("Id", "Name", "Slug", "DisplayOrder") OVERRIDING SYSTEM VALUE VALUES
    (1,'Adaptations','adaptations',1),(2,'Pop Culture','pop-culture',2),(3,'TV & Movies','tv-movies',3),(4,'Books','books',4);

INSERT INTO "Articles" ("Id", "Title", "Slug", "Dek", "Body", "BodyHtml", "RenderVersion", "Excerpt", "WordCount", "SearchText",
    "Status", "PublishAtUtc", "CreatedAtUtc", "UpdatedAtUtc", "ConcurrencyStamp") OVERRIDING SYSTEM VALUE
SELECT b.i, t.title, 'story-' || b.i, t.dek, b.t, '<p>' || b.t || '</p>', 3, substr(b.t, 1, 200), 370,
    t.title || chr(10) || t.dek || chr(10) || b.t,
    CASE WHEN b.i % 20 = 0 THEN 0 ELSE 2 END,
    CASE WHEN b.i % 20 = 0 THEN NULL WHEN b.i % 20 = 1 THEN timestamptz '2027-06-01 00:00:00+00'
         ELSE timestamptz '2020-01-01 00:00:00+00' + b.i * interval '25 minutes' END,
    '2020-01-01 00:00:00+00', '2020-01-01 00:00:00+00', md5(b.i::text)
FROM body b
JOIN LATERAL (SELECT 'Story ' || b.i || ': ' || (SELECT w FROM vocab WHERE vocab.i = b.i % 3000)
        || CASE WHEN b.i % 400 = 0 THEN ' and the lantern' ELSE '' END AS title,
        'On ' || (SELECT w FROM vocab WHERE vocab.i = (b.i * 13) % 3000)
        || CASE WHEN b.i % 400 = 200 THEN ' by lantern light' ELSE '' END AS dek) t ON true;
SELECT setval(pg_get_serial_sequence('"Articles"', 'Id'), 100000);
SELECT setval(pg_get_serial_sequence('"Categories"', 'Id'), 4);
INSERT INTO "ArticleCategories" ("ArticlesId", "CategoriesId") SELECT "Id", 1 + "Id" % 4 FROM "Articles";
INSERT INTO "ArticleAuthors" ("ArticlesId", "AuthorsId") SELECT "Id", 'bench-author' FROM "Articles";
COMMIT;
VACUUM ANALYZE;
