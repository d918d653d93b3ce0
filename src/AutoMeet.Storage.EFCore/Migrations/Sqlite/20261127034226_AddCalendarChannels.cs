using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCalendarChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing accounts hold no recorded channel: an empty JSON list (the generated default, "", is not JSON).
            migrationBuilder.AddColumn<string>(
                name: "calendar_channels",
                table: "mailbox_accounts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "calendar_channels",
                table: "mailbox_accounts");
        }
    }
}
