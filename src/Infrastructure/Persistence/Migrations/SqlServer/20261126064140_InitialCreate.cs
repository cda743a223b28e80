using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "WorkTasks",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldCollation: "Chinese_PRC_CI_AS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "TaskGroups",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(256)",
                oldMaxLength: 256,
                oldCollation: "Chinese_PRC_CI_AS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Targets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(128)",
                oldMaxLength: 128,
                oldCollation: "Chinese_PRC_CI_AS");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Sections",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(256)",
                oldMaxLength: 256,
                oldCollation: "Chinese_PRC_CI_AS");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Plans",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(256)",
                oldMaxLength: 256,
                oldCollation: "Chinese_PRC_CI_AS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Leaders",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldCollation: "Chinese_PRC_CI_AS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Districts",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldCollation: "Chinese_PRC_CI_AS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Departments",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                collation: "Chinese_PRC_CS_AS_WS",
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldCollation: "Chinese_PRC_CI_AS");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "WorkTasks",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldCollation: "Chinese_PRC_CS_AS_WS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "TaskGroups",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(256)",
                oldMaxLength: 256,
                oldCollation: "Chinese_PRC_CS_AS_WS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Targets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(128)",
                oldMaxLength: 128,
                oldCollation: "Chinese_PRC_CS_AS_WS");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Sections",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(256)",
                oldMaxLength: 256,
                oldCollation: "Chinese_PRC_CS_AS_WS");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Plans",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(256)",
                oldMaxLength: 256,
                oldCollation: "Chinese_PRC_CS_AS_WS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Leaders",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldCollation: "Chinese_PRC_CS_AS_WS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Districts",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldCollation: "Chinese_PRC_CS_AS_WS");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Departments",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                collation: "Chinese_PRC_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldCollation: "Chinese_PRC_CS_AS_WS");
        }
    }
}
