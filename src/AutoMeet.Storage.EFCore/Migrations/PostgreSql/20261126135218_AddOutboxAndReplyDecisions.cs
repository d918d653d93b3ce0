using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddOutboxAndReplyDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrollment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    prospect_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_position = table.Column<int>(type: "integer", nullable: false),
                    is_first_touch = table.Column<bool>(type: "boolean", nullable: false),
                    mailbox_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rfc_message_id = table.Column<string>(type: "character varying(998)", maxLength: 998, nullable: false),
                    variant = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    due_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    lease_expires_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    completed_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    sent_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    provider_message_id = table.Column<string>(type: "text", nullable: true),
                    provider_thread_id = table.Column<string>(type: "text", nullable: true),
                    sent_rfc_message_id = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                    table.ForeignKey(
                        name: "FK_outbox_messages_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_outbox_messages_enrollments_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "enrollments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_outbox_messages_mailbox_accounts_mailbox_account_id",
                        column: x => x.mailbox_account_id,
                        principalTable: "mailbox_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_outbox_messages_prospects_prospect_id",
                        column: x => x.prospect_id,
                        principalTable: "prospects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reply_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    prospect_id = table.Column<Guid>(type: "uuid", nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    enrollment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    label = table.Column<int>(type: "integer", nullable: false),
                    objection = table.Column<int>(type: "integer", nullable: true),
                    sentiment = table.Column<double>(type: "double precision", nullable: false),
                    meeting_intent = table.Column<bool>(type: "boolean", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    classifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    return_date = table.Column<LocalDate>(type: "date", nullable: true),
                    offered_windows_json = table.Column<string>(type: "text", nullable: true),
                    actions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    decided_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reply_decisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_reply_decisions_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_reply_decisions_email_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reply_decisions_email_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "email_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reply_decisions_enrollments_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "enrollments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_reply_decisions_prospects_prospect_id",
                        column: x => x.prospect_id,
                        principalTable: "prospects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_campaign_id",
                table: "outbox_messages",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_due_at",
                table: "outbox_messages",
                column: "due_at",
                filter: "completed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_enrollment_id_step_position",
                table: "outbox_messages",
                columns: new[] { "enrollment_id", "step_position" },
                unique: true,
                filter: "status <> 2");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_mailbox_account_id_due_at",
                table: "outbox_messages",
                columns: new[] { "mailbox_account_id", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_prospect_id",
                table: "outbox_messages",
                column: "prospect_id");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_rfc_message_id",
                table: "outbox_messages",
                column: "rfc_message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reply_decisions_campaign_id",
                table: "reply_decisions",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "IX_reply_decisions_enrollment_id",
                table: "reply_decisions",
                column: "enrollment_id");

            migrationBuilder.CreateIndex(
                name: "IX_reply_decisions_message_id",
                table: "reply_decisions",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reply_decisions_owner_id_decided_at",
                table: "reply_decisions",
                columns: new[] { "owner_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "IX_reply_decisions_prospect_id_decided_at",
                table: "reply_decisions",
                columns: new[] { "prospect_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "IX_reply_decisions_thread_id",
                table: "reply_decisions",
                column: "thread_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "reply_decisions");
        }
    }
}
