using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.PostgreSql
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    calendar_id = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    event_id = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    start = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    end = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    is_tentative = table.Column<bool>(type: "boolean", nullable: false),
                    is_transparent = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    calendar_id = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    sync_token = table.Column<string>(type: "text", nullable: false),
                    last_synced_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    last_full_sync_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
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
