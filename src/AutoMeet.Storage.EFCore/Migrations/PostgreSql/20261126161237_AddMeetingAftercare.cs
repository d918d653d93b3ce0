using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddMeetingAftercare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The meetings.reminders_sent and outcome_requested_at columns and the (status, start) and
            // (status, hold_expires_at) indexes came with AddEventRollups, generated while this change was pending.
            // Its default for reminders_sent is the empty string, which is not a JSON list: existing rows get "[]".
            migrationBuilder.Sql("UPDATE meetings SET reminders_sent = '[]' WHERE reminders_sent = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
