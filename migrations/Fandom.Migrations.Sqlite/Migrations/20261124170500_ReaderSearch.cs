using Fandom.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fandom.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Full-text search for readers: an FTS5 index over the articles' title, dek and spoiler-free search text,
    /// kept in step with the Articles table by triggers (external content, so the text is stored once).
    /// Porter stemming matches PostgreSQL's English configuration, so both providers find the same words.
    /// </summary>
    [DbContext(typeof(FandomDbContext))]
    [Migration("20261124170500_ReaderSearch")]
    public partial class ReaderSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    "Title", "Dek", "SearchText",
                    content='Articles', content_rowid='Id',
                    tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_Search_Insert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"(rowid, "Title", "Dek", "SearchText") VALUES (new."Id", new."Title", new."Dek", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_Search_Delete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "Dek", "SearchText") VALUES ('delete', old."Id", old."Title", old."Dek", old."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_Search_Update" AFTER UPDATE OF "Title", "Dek", "SearchText" ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "Dek", "SearchText") VALUES ('delete', old."Id", old."Title", old."Dek", old."SearchText");
                    INSERT INTO "ArticleSearch"(rowid, "Title", "Dek", "SearchText") VALUES (new."Id", new."Title", new."Dek", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_Search_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_Search_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_Search_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");
        }
    }
}
