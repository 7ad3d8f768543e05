using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fandom.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImportKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportKey",
                table: "MediaItems",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportKey",
                table: "Articles",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "ArticleRevisions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_ImportKey",
                table: "MediaItems",
                column: "ImportKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ImportKey",
                table: "Articles",
                column: "ImportKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediaItems_ImportKey",
                table: "MediaItems");

            migrationBuilder.DropIndex(
                name: "IX_Articles_ImportKey",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ImportKey",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "ImportKey",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "ArticleRevisions");
        }
    }
}
