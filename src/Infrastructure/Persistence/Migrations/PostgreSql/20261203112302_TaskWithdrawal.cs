using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TaskWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_PlanId_SectionId_Number",
                table: "WorkTasks");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "WorkTasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_PlanId_SectionId_Number",
                table: "WorkTasks",
                columns: new[] { "PlanId", "SectionId", "Number" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_PlanId_SectionId_Number",
                table: "WorkTasks");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "WorkTasks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_PlanId_SectionId_Number",
                table: "WorkTasks",
                columns: new[] { "PlanId", "SectionId", "Number" },
                unique: true);
        }
    }
}
