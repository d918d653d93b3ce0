using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCalendarSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_busy_blocks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    calendar_id = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    start = table.Column<long>(type: "INTEGER", nullable: false),
                    end = table.Column<long>(type: "INTEGER", nullable: false),
                    is_tentative = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_transparent = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_busy_blocks", x => x.id);
                    table.ForeignKey(
                        name: "FK_calendar_busy_blocks_mailbox_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "mailbox_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "calendar_sync_states",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    calendar_id = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    sync_token = table.Column<string>(type: "TEXT", nullable: false),
                    last_synced_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_full_sync_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_sync_states", x => x.id);
                    table.ForeignKey(
                        name: "FK_calendar_sync_states_mailbox_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "mailbox_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_calendar_busy_blocks_account_id_calendar_id_event_id",
                table: "calendar_busy_blocks",
                columns: new[] { "account_id", "calendar_id", "event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_calendar_busy_blocks_account_id_start",
                table: "calendar_busy_blocks",
                columns: new[] { "account_id", "start" });

            migrationBuilder.CreateIndex(
                name: "IX_calendar_sync_states_account_id_calendar_id",
                table: "calendar_sync_states",
                columns: new[] { "account_id", "calendar_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_busy_blocks");

            migrationBuilder.DropTable(
                name: "calendar_sync_states");
        }
    }
}
