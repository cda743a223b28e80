using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Analytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FactCount",
                table: "TaskProgress",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LateFactCount",
                table: "TaskProgress",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "TaskPeriodProgress",
                columns: table => new
                {
                    WorkTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: true),
                    LastReportedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    FactCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LateFactCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskPeriodProgress", x => new { x.WorkTaskId, x.ReportPeriodId });
                    table.ForeignKey(
                        name: "FK_TaskPeriodProgress_ReportPeriods_ReportPeriodId",
                        column: x => x.ReportPeriodId,
                        principalTable: "ReportPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskPeriodProgress_WorkTasks_WorkTaskId",
                        column: x => x.WorkTaskId,
                        principalTable: "WorkTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskPeriodProgress_PeriodMonth_WorkTaskId",
                table: "TaskPeriodProgress",
                columns: new[] { "PeriodMonth", "WorkTaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskPeriodProgress_ReportPeriodId",
                table: "TaskPeriodProgress",
                column: "ReportPeriodId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskPeriodProgress");

            migrationBuilder.DropColumn(
                name: "FactCount",
                table: "TaskProgress");

            migrationBuilder.DropColumn(
                name: "LateFactCount",
                table: "TaskProgress");
        }
    }
}
