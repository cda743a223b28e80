using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTaskCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The districts each task concerns: those it names, and the members of the collective entries it names
            // (UNION: a task naming both 金庭镇 and 各镇 concerns 金庭镇 once). A view, so it cannot fall out of step.
            migrationBuilder.Sql(@"
CREATE VIEW ""TaskCoverage"" AS
SELECT l.""WorkTaskId"", l.""DistrictId"" FROM ""TaskDistricts"" AS l
UNION
SELECT l.""WorkTaskId"", m.""MemberId"" FROM ""TaskDistricts"" AS l
JOIN ""DistrictMemberships"" AS m ON m.""CollectiveId"" = l.""DistrictId""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP VIEW ""TaskCoverage""");
        }
    }
}
