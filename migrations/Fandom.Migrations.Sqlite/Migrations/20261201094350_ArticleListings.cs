using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fandom.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Each list row (an article in a category, tag, author or quote) carries a copy of its article's visibility,
    /// kept by triggers, and is indexed newest first, so list pages read one index range at any archive size.
    /// </summary>
    public partial class ArticleListings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_TagsId",
                table: "ArticleTags");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_PublishAtUtc",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_ArticleQuotes_QuotesId",
                table: "ArticleQuotes");

            migrationBuilder.DropIndex(
                name: "IX_ArticleCategories_CategoriesId",
                table: "ArticleCategories");

            migrationBuilder.DropIndex(
                name: "IX_ArticleAuthors_AuthorsId",
                table: "ArticleAuthors");

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "ArticleTags",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ArticleTags",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "ArticleTags",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "ArticleQuotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ArticleQuotes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "ArticleQuotes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "ArticleCategories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ArticleCategories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "ArticleCategories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "ArticleAuthors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ArticleAuthors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "ArticleAuthors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_Visible",
                table: "ArticleTags",
                columns: new[] { "TagsId", "Status", "PublishAtUtc", "ArticlesId", "UnpublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Visible",
                table: "Articles",
                columns: new[] { "Status", "PublishAtUtc", "Id", "UnpublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleQuotes_Visible",
                table: "ArticleQuotes",
                columns: new[] { "QuotesId", "Status", "PublishAtUtc", "ArticlesId", "UnpublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleCategories_Visible",
                table: "ArticleCategories",
                columns: new[] { "CategoriesId", "Status", "PublishAtUtc", "ArticlesId", "UnpublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAuthors_Visible",
                table: "ArticleAuthors",
                columns: new[] { "AuthorsId", "Status", "PublishAtUtc", "ArticlesId", "UnpublishAtUtc" });

            foreach (var sql in ListingTriggers.Create()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in ListingTriggers.Drop()) migrationBuilder.Sql(sql);

            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_Visible",
                table: "ArticleTags");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Visible",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_ArticleQuotes_Visible",
                table: "ArticleQuotes");

            migrationBuilder.DropIndex(
                name: "IX_ArticleCategories_Visible",
                table: "ArticleCategories");

            migrationBuilder.DropIndex(
                name: "IX_ArticleAuthors_Visible",
                table: "ArticleAuthors");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "ArticleTags");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ArticleTags");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "ArticleTags");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "ArticleQuotes");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ArticleQuotes");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "ArticleQuotes");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "ArticleCategories");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ArticleCategories");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "ArticleCategories");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "ArticleAuthors");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ArticleAuthors");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "ArticleAuthors");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_TagsId",
                table: "ArticleTags",
                column: "TagsId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PublishAtUtc",
                table: "Articles",
                columns: new[] { "Status", "PublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleQuotes_QuotesId",
                table: "ArticleQuotes",
                column: "QuotesId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleCategories_CategoriesId",
                table: "ArticleCategories",
                column: "CategoriesId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAuthors_AuthorsId",
                table: "ArticleAuthors",
                column: "AuthorsId");
        }
    }
}
