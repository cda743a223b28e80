using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "QuantityReached",
                table: "ProgressReports",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "ProgressReports",
                type: "TEXT",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Input = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportFacts",
                columns: table => new
                {
                    WorkTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revisions = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedLate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportFacts", x => new { x.WorkTaskId, x.DepartmentId, x.ReportPeriodId });
                    table.ForeignKey(
                        name: "FK_ReportFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportFacts_ReportPeriods_ReportPeriodId",
                        column: x => x.ReportPeriodId,
                        principalTable: "ReportPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportFacts_WorkTasks_WorkTaskId",
                        column: x => x.WorkTaskId,
                        principalTable: "WorkTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActualValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetReports_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TargetReports_ReportPeriods_ReportPeriodId",
                        column: x => x.ReportPeriodId,
                        principalTable: "ReportPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TargetReports_Targets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "Targets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskDepartmentProgress",
                columns: table => new
                {
                    WorkTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LatestPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReportedPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReportedMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskDepartmentProgress", x => new { x.WorkTaskId, x.DepartmentId });
                    table.ForeignKey(
                        name: "FK_TaskDepartmentProgress_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskDepartmentProgress_WorkTasks_WorkTaskId",
                        column: x => x.WorkTaskId,
                        principalTable: "WorkTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskProgress",
                columns: table => new
                {
                    WorkTaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LatestPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReportedPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReportedMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskProgress", x => x.WorkTaskId);
                    table.ForeignKey(
                        name: "FK_TaskProgress_WorkTasks_WorkTaskId",
                        column: x => x.WorkTaskId,
                        principalTable: "WorkTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Actor",
                table: "AuditEntries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ReportFacts_DepartmentId",
                table: "ReportFacts",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportFacts_PeriodMonth",
                table: "ReportFacts",
                column: "PeriodMonth");

            migrationBuilder.CreateIndex(
                name: "IX_ReportFacts_ReportPeriodId_DepartmentId",
                table: "ReportFacts",
                columns: new[] { "ReportPeriodId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetReports_DepartmentId",
                table: "TargetReports",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetReports_ReportPeriodId",
                table: "TargetReports",
                column: "ReportPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetReports_TargetId_DepartmentId_ReportPeriodId_Revision",
                table: "TargetReports",
                columns: new[] { "TargetId", "DepartmentId", "ReportPeriodId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskDepartmentProgress_DepartmentId",
                table: "TaskDepartmentProgress",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgress_LatestStatus",
                table: "TaskProgress",
                column: "LatestStatus");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ReportFacts");

            migrationBuilder.DropTable(
                name: "TargetReports");

            migrationBuilder.DropTable(
                name: "TaskDepartmentProgress");

            migrationBuilder.DropTable(
                name: "TaskProgress");

            migrationBuilder.DropColumn(
                name: "QuantityReached",
                table: "ProgressReports");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "ProgressReports");
        }
    }
}
