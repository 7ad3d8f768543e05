using Fandom.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fandom.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Full-text search for readers: a GIN index over a weighted tsvector expression (title A, dek B,
    /// spoiler-free search text C). An expression index needs no trigger: PostgreSQL keeps it current on
    /// every save. Queries must repeat the expression exactly (see PostgresSearchService) to use it.
    /// </summary>
    [DbContext(typeof(FandomDbContext))]
    [Migration("20261124170500_ReaderSearch")]
    public partial class ReaderSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Articles_Search" ON "Articles" USING GIN ((
                    setweight(to_tsvector('english'::regconfig, coalesce("Title", '')), 'A') ||
                    setweight(to_tsvector('english'::regconfig, coalesce("Dek", '')), 'B') ||
                    setweight(to_tsvector('english'::regconfig, coalesce("SearchText", '')), 'C')));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Articles_Search";""");
        }
    }
}
