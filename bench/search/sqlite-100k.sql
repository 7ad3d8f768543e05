-- 100,000 synthetic articles for timing reader search on SQLite. Run on a database the app has migrated:
--   sqlite3 search.db < bench/search/sqlite-100k.sql
-- Words: "zephyrine" is in one article, "lantern" in about a quarter (bodies; also some titles and deks),
-- "quixotry" in none. Bodies are 30 sentences of 12 words (360 words) from a 3,000-word vocabulary.
-- One article in 20 is a draft and one in 20 is scheduled; the rest are published in the past.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE syl(i INTEGER PRIMARY KEY, s TEXT);
INSERT INTO syl VALUES (0,'ka'),(1,'lo'),(2,'mi'),(3,'ru'),(4,'ta'),(5,'so'),(6,'ni'),(7,'vu'),
    (8,'pa'),(9,'do'),(10,'ri'),(11,'gu'),(12,'ba'),(13,'fo'),(14,'li'),(15,'zu');
CREATE TEMP TABLE vocab(i INTEGER PRIMARY KEY, w TEXT);
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999)
INSERT INTO vocab SELECT n.i, a.s || b.s || c.s FROM n
    JOIN syl a ON a.i = n.i % 16 JOIN syl b ON b.i = (n.i / 16) % 16 JOIN syl c ON c.i = (n.i / 256) % 16;
CREATE TEMP TABLE sentence(i INTEGER PRIMARY KEY, t TEXT);
WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 1999),
    k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 11),
    h AS (SELECT s.i, k.j, (s.i * 1103515245 + k.j * 12345 + s.i * k.j * 2654435761) % 1000003 AS h FROM s, k),
    picks AS (SELECT i, j, (h % 3000) * ((h / 3000) % 3000) / 3000 AS wi FROM h)
INSERT INTO sentence SELECT p.i, upper(substr(group_concat(v.w, ' '), 1, 1)) || substr(group_concat(v.w, ' '), 2) || '.'
    FROM picks p JOIN vocab v ON v.i = p.wi GROUP BY p.i;
CREATE TEMP TABLE body(i INTEGER PRIMARY KEY, t TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000),
    k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 29)
INSERT INTO body SELECT n.i, group_concat(s.t, ' ') FROM n, k JOIN sentence s ON s.i = (n.i * 7919 + k.j * 104729 + k.j * k.j * 31) % 2000 GROUP BY n.i;
UPDATE body SET t = t || ' The lantern burned late into the night.' WHERE i % 4 = 0;
UPDATE body SET t = t || ' A zephyrine wind came off the sea.' WHERE i = 77777;

INSERT INTO AspNetUsers (Id, DisplayName, Slug, CreatedAtUtc, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
VALUES ('bench-author', 'Bench Author', 'bench-author', '2020-01-01 00:00:00', 0, 0, 0, 0, 0);
INSERT INTO Categories (Id, Name, Slug, DisplayOrder) VALUES
    (1,'Adaptations','adaptations',1),(2,'Pop Culture','pop-culture',2),(3,'TV & Movies','tv-movies',3),(4,'Books','books',4);

INSERT INTO Articles (Id, Title, Slug, Dek, Body, BodyHtml, RenderVersion, Excerpt, WordCount, SearchText,
    Status, PublishAtUtc, CreatedAtUtc, UpdatedAtUtc, ConcurrencyStamp)
SELECT b.i, t.title, 'story-' || b.i, t.dek, b.t, '<p>' || b.t || '</p>', 3, substr(b.t, 1, 200), 370,
    t.title || char(10) || t.dek || char(10) || b.t,
    CASE WHEN b.i % 20 = 0 THEN 0 ELSE 2 END,
    CASE WHEN b.i % 20 = 0 THEN NULL WHEN b.i % 20 = 1 THEN '2027-06-01 00:00:00'
         ELSE datetime('2020-01-01 00:00:00', '+' || (b.i * 25) || ' minutes') END,
    '2020-01-01 00:00:00', '2020-01-01 00:00:00', lower(hex(randomblob(16)))
FROM body b, (SELECT 1) JOIN (SELECT i, 'Story ' || i || ': ' || (SELECT w FROM vocab WHERE vocab.i = body.i % 3000)
        || CASE WHEN i % 400 = 0 THEN ' and the lantern' ELSE '' END AS title,
        'On ' || (SELECT w FROM vocab WHERE vocab.i = (body.i * 13) % 3000)
        || CASE WHEN i % 400 = 200 THEN ' by lantern light' ELSE '' END AS dek FROM body) t ON t.i = b.i;
INSERT INTO ArticleCategories (ArticlesId, CategoriesId) SELECT Id, 1 + Id % 4 FROM Articles;
INSERT INTO ArticleAuthors (ArticlesId, AuthorsId) SELECT Id, 'bench-author' FROM Articles;
COMMIT;
ANALYZE;
