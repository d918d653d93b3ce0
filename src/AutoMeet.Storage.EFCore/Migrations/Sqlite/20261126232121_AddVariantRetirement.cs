using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddVariantRetirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "auto_retire_losing_variants",
                table: "campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "retired_variants",
                table: "campaigns",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // a JSON list: existing campaigns have no retired variants

            migrationBuilder.AddColumn<int>(
                name: "variant_retirement_measure",
                table: "campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "auto_retire_losing_variants",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "retired_variants",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "variant_retirement_measure",
                table: "campaigns");
        }
    }
}
