using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrampInfo.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EverydayFoods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "everyday_foods",
                columns: table => new
                {
                    ndb = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    food_group = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    synonyms = table.Column<string>(type: "TEXT", nullable: false),
                    plan_seq = table.Column<int>(type: "INTEGER", nullable: false),
                    potassium_rich = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_everyday_foods", x => x.ndb);
                    table.ForeignKey(
                        name: "FK_everyday_foods_foods_ndb",
                        column: x => x.ndb,
                        principalTable: "foods",
                        principalColumn: "ndb",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_everyday_foods_position",
                table: "everyday_foods",
                column: "position",
                unique: true);

            // Search reads the food table from memory now (Search/FoodSearch.cs): the full-text index is no longer used.
            migrationBuilder.Sql("DROP TABLE food_search;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE food_search USING fts5(ndb UNINDEXED, description, tokenize = 'porter unicode61 remove_diacritics 2');");

            migrationBuilder.DropTable(
                name: "everyday_foods");
        }
    }
}
