using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrampInfo.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_version",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<string>(type: "TEXT", nullable: false),
                    loaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_version", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "foods",
                columns: table => new
                {
                    ndb = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    food_group = table.Column<string>(type: "TEXT", nullable: false),
                    potassium_mg_per_100g = table.Column<double>(type: "REAL", nullable: false),
                    magnesium_mg_per_100g = table.Column<double>(type: "REAL", nullable: true),
                    sodium_mg_per_100g = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_foods", x => x.ndb);
                });

            migrationBuilder.CreateTable(
                name: "reference_intakes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    life_stage = table.Column<string>(type: "TEXT", nullable: false),
                    age_from_years = table.Column<double>(type: "REAL", nullable: false),
                    age_to_years = table.Column<double>(type: "REAL", nullable: true),
                    sex = table.Column<string>(type: "TEXT", nullable: false),
                    adequate_intake_mg_per_day = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_intakes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "portions",
                columns: table => new
                {
                    ndb = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<double>(type: "REAL", nullable: false),
                    measure = table.Column<string>(type: "TEXT", nullable: false),
                    grams = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portions", x => new { x.ndb, x.seq });
                    table.ForeignKey(
                        name: "FK_portions_foods_ndb",
                        column: x => x.ndb,
                        principalTable: "foods",
                        principalColumn: "ndb",
                        onDelete: ReferentialAction.Cascade);
                });

            // Full-text search over food descriptions. EF Core has no API for FTS5 virtual tables.
            // The porter stemmer makes "bananas" match "banana" and "potatoes" match "potato".
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE food_search USING fts5(ndb UNINDEXED, description, tokenize = 'porter unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE food_search;");

            migrationBuilder.DropTable(
                name: "data_version");

            migrationBuilder.DropTable(
                name: "portions");

            migrationBuilder.DropTable(
                name: "reference_intakes");

            migrationBuilder.DropTable(
                name: "foods");
        }
    }
}
