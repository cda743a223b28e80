using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlansWithoutCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_IssuerId",
                table: "Plans");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "Plans",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_IssuerId_Year_Title",
                table: "Plans",
                columns: new[] { "IssuerId", "Year", "Title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_IssuerId_Year_Title",
                table: "Plans");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "Plans",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_IssuerId",
                table: "Plans",
                column: "IssuerId");
        }
    }
}
