using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddHeldSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "held_slots",
                table: "meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // a JSON list: existing meetings hold only their start and end
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "held_slots",
                table: "meetings");
        }
    }
}
