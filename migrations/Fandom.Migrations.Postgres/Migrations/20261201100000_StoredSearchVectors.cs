using Fandom.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fandom.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Search reads stored tsvectors instead of computing them: "SearchVector" (title A, dek B, spoiler-free
    /// search text C) replaces the expression index of ReaderSearch, so ranking a match no longer parses its
    /// text, and "HeadlineVector" (title A, dek B) finds title and dek matches without reading the bodies'.
    /// Both are generated columns, kept current by PostgreSQL on every save, and outside the EF model:
    /// only the search SQL (PostgresSearchService) reads them.
    /// </summary>
    [DbContext(typeof(FandomDbContext))]
    [Migration("20261201100000_StoredSearchVectors")]
    public partial class StoredSearchVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_Search";""");
            migrationBuilder.Sql("""
                ALTER TABLE "Articles"
                    ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english'::regconfig, coalesce("Title", '')), 'A') ||
                        setweight(to_tsvector('english'::regconfig, coalesce("Dek", '')), 'B') ||
                        setweight(to_tsvector('english'::regconfig, coalesce("SearchText", '')), 'C')) STORED,
                    ADD COLUMN "HeadlineVector" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english'::regconfig, coalesce("Title", '')), 'A') ||
                        setweight(to_tsvector('english'::regconfig, coalesce("Dek", '')), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Articles_HeadlineVector" ON "Articles" USING GIN ("HeadlineVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_HeadlineVector";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN IF EXISTS "HeadlineVector", DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Articles_Search" ON "Articles" USING GIN ((
                    setweight(to_tsvector('english'::regconfig, coalesce("Title", '')), 'A') ||
                    setweight(to_tsvector('english'::regconfig, coalesce("Dek", '')), 'B') ||
                    setweight(to_tsvector('english'::regconfig, coalesce("SearchText", '')), 'C')));
                """);
        }
    }
}
