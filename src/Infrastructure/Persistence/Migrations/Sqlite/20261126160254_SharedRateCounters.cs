using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedRateCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RateCounters",
                columns: table => new
                {
                    Budget = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Caller = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Minute = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateCounters", x => new { x.Budget, x.Caller, x.Minute });
                });

            migrationBuilder.CreateIndex(
                name: "IX_RateCounters_Minute",
                table: "RateCounters",
                column: "Minute");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RateCounters");
        }
    }
}
