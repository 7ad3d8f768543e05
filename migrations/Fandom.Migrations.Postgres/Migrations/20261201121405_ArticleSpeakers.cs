using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fandom.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSpeakers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_SpeakerId",
                table: "Quotes");

            migrationBuilder.CreateTable(
                name: "ArticleSpeakers",
                columns: table => new
                {
                    ArticlesId = table.Column<int>(type: "integer", nullable: false),
                    PeopleId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PublishAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnpublishAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSpeakers", x => new { x.ArticlesId, x.PeopleId });
                    table.ForeignKey(
                        name: "FK_ArticleSpeakers_Articles_ArticlesId",
                        column: x => x.ArticlesId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleSpeakers_People_PeopleId",
                        column: x => x.PeopleId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Speaker",
                table: "Quotes",
                columns: new[] { "SpeakerId", "SaidOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSpeakers_Visible",
                table: "ArticleSpeakers",
                columns: new[] { "PeopleId", "Status", "PublishAtUtc", "ArticlesId", "UnpublishAtUtc" });

            // Filled from the quotes already linked, then kept by triggers (see ListingTriggers.CreateSpeakers).
            foreach (var sql in ListingTriggers.CreateSpeakers()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in ListingTriggers.DropSpeakers()) migrationBuilder.Sql(sql);

            migrationBuilder.DropTable(
                name: "ArticleSpeakers");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_Speaker",
                table: "Quotes");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerId",
                table: "Quotes",
                column: "SpeakerId");
        }
    }
}
