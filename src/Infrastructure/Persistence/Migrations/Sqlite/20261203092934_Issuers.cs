using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wuzhong.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issuers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leaders_Name",
                table: "Leaders");

            migrationBuilder.DropIndex(
                name: "IX_Districts_Name",
                table: "Districts");

            migrationBuilder.DropIndex(
                name: "IX_Departments_Name",
                table: "Departments");

            migrationBuilder.AddColumn<int>(
                name: "IssuerId",
                table: "Plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "IssuerId",
                table: "Leaders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "IssuerId",
                table: "Districts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "IssuerId",
                table: "Departments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Issuers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Issuers", x => x.Id);
                });

            // The data before issuers: every plan's issuer (its text) becomes an issuer; the departments, districts and
            // leaders, until now shared by every plan, become the first issuer's (a database holds Wuzhong's alone).
            migrationBuilder.Sql("INSERT INTO \"Issuers\" (\"Name\") SELECT DISTINCT \"Issuer\" FROM \"Plans\"");
            migrationBuilder.Sql("INSERT INTO \"Issuers\" (\"Name\") SELECT '苏州市吴中区人民政府' WHERE NOT EXISTS (SELECT 1 FROM \"Issuers\") AND (EXISTS (SELECT 1 FROM \"Departments\") OR EXISTS (SELECT 1 FROM \"Districts\") OR EXISTS (SELECT 1 FROM \"Leaders\"))");
            migrationBuilder.Sql("UPDATE \"Plans\" SET \"IssuerId\" = (SELECT \"Id\" FROM \"Issuers\" WHERE \"Name\" = \"Plans\".\"Issuer\")");
            migrationBuilder.Sql("UPDATE \"Departments\" SET \"IssuerId\" = (SELECT MIN(\"Id\") FROM \"Issuers\")");
            migrationBuilder.Sql("UPDATE \"Districts\" SET \"IssuerId\" = (SELECT MIN(\"Id\") FROM \"Issuers\")");
            migrationBuilder.Sql("UPDATE \"Leaders\" SET \"IssuerId\" = (SELECT MIN(\"Id\") FROM \"Issuers\")");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_IssuerId",
                table: "Plans",
                column: "IssuerId");

            migrationBuilder.CreateIndex(
                name: "IX_Leaders_IssuerId_Name",
                table: "Leaders",
                columns: new[] { "IssuerId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Districts_IssuerId_Name",
                table: "Districts",
                columns: new[] { "IssuerId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_IssuerId_Name",
                table: "Departments",
                columns: new[] { "IssuerId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Issuers_Name",
                table: "Issuers",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Departments_Issuers_IssuerId",
                table: "Departments",
                column: "IssuerId",
                principalTable: "Issuers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Districts_Issuers_IssuerId",
                table: "Districts",
                column: "IssuerId",
                principalTable: "Issuers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Leaders_Issuers_IssuerId",
                table: "Leaders",
                column: "IssuerId",
                principalTable: "Issuers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Plans_Issuers_IssuerId",
                table: "Plans",
                column: "IssuerId",
                principalTable: "Issuers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Departments_Issuers_IssuerId",
                table: "Departments");

            migrationBuilder.DropForeignKey(
                name: "FK_Districts_Issuers_IssuerId",
                table: "Districts");

            migrationBuilder.DropForeignKey(
                name: "FK_Leaders_Issuers_IssuerId",
                table: "Leaders");

            migrationBuilder.DropForeignKey(
                name: "FK_Plans_Issuers_IssuerId",
                table: "Plans");

            migrationBuilder.DropTable(
                name: "Issuers");

            migrationBuilder.DropIndex(
                name: "IX_Plans_IssuerId",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Leaders_IssuerId_Name",
                table: "Leaders");

            migrationBuilder.DropIndex(
                name: "IX_Districts_IssuerId_Name",
                table: "Districts");

            migrationBuilder.DropIndex(
                name: "IX_Departments_IssuerId_Name",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "IssuerId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "IssuerId",
                table: "Leaders");

            migrationBuilder.DropColumn(
                name: "IssuerId",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "IssuerId",
                table: "Departments");

            migrationBuilder.CreateIndex(
                name: "IX_Leaders_Name",
                table: "Leaders",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Districts_Name",
                table: "Districts",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Name",
                table: "Departments",
                column: "Name",
                unique: true);
        }
    }
}
