using Fandom.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fandom.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// PostgreSQL's half of this migration stores the search vectors its index used to compute; SQLite's FTS5 index
    /// stores what it reads already. Here the index gains prefix indexes of two and three characters: a short word
    /// ("tv") is matched as a prefix, and without them FTS5 merges the lists of every indexed word that starts with it.
    /// The triggers of ReaderSearch name the table, not its definition, and keep it current as before.
    /// </summary>
    [DbContext(typeof(FandomDbContext))]
    [Migration("20261201100000_StoredSearchVectors")]
    public partial class StoredSearchVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, ", prefix='2 3'");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, "");

        private static void Recreate(MigrationBuilder migrationBuilder, string prefix)
        {
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    "Title", "Dek", "SearchText",
                    content='Articles', content_rowid='Id',
                    tokenize='porter unicode61 remove_diacritics 2'{prefix});
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');""");
        }
    }
}
