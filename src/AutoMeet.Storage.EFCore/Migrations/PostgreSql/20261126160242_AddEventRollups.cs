using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddEventRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Instant>(
                name: "outcome_requested_at",
                table: "meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reminders_sent",
                table: "meetings",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "campaign_event_rollups",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    events = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_event_rollups", x => x.campaign_id);
                    table.ForeignKey(
                        name: "FK_campaign_event_rollups_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "domain_events",
                columns: table => new
                {
                    position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    occurred_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    prospect_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    payload = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domain_events", x => x.position);
                });

            migrationBuilder.CreateTable(
                name: "email_event_hour_counts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hour = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    step_position = table.Column<int>(type: "integer", nullable: true),
                    variant = table.Column<string>(type: "text", nullable: true),
                    reply_label = table.Column<string>(type: "text", nullable: true),
                    previous_hour = table.Column<long>(type: "bigint", nullable: true),
                    events = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_event_hour_counts", x => x.id);
                    table.ForeignKey(
                        name: "FK_email_event_hour_counts_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reply_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    prospect_id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    situation = table.Column<int>(type: "integer", nullable: false),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    generator = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    expires_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    rfc_message_id = table.Column<string>(type: "character varying(998)", maxLength: 998, nullable: false),
                    referred_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    decided_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision_source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sent_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reply_drafts", x => x.id);
                    table.ForeignKey(
                        name: "FK_reply_drafts_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_reply_drafts_email_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "email_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reply_drafts_prospects_prospect_id",
                        column: x => x.prospect_id,
                        principalTable: "prospects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reply_drafts_reply_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "reply_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_cursors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    lease_expires_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_cursors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_delivery_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    event_position = table.Column<long>(type: "bigint", nullable: false),
                    event_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    attempted_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    elapsed = table.Column<Duration>(type: "interval", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_delivery_attempts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_status_hold_expires_at",
                table: "meetings",
                columns: new[] { "status", "hold_expires_at" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_status_start",
                table: "meetings",
                columns: new[] { "status", "start" });

            migrationBuilder.CreateIndex(
                name: "IX_domain_events_owner_id_position",
                table: "domain_events",
                columns: new[] { "owner_id", "position" });

            migrationBuilder.CreateIndex(
                name: "IX_email_event_hour_counts_campaign_id_hour",
                table: "email_event_hour_counts",
                columns: new[] { "campaign_id", "hour" });

            migrationBuilder.CreateIndex(
                name: "IX_reply_drafts_campaign_id",
                table: "reply_drafts",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "IX_reply_drafts_decision_id",
                table: "reply_drafts",
                column: "decision_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reply_drafts_prospect_id_created_at",
                table: "reply_drafts",
                columns: new[] { "prospect_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_reply_drafts_thread_id",
                table: "reply_drafts",
                column: "thread_id");

            migrationBuilder.CreateIndex(
                name: "IX_reply_drafts_token_hash",
                table: "reply_drafts",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_cursors_subscription_name",
                table: "webhook_cursors",
                column: "subscription_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_delivery_attempts_subscription_name_event_position",
                table: "webhook_delivery_attempts",
                columns: new[] { "subscription_name", "event_position" });

            // A deleted or changed event makes its campaign's hourly rollup stale (counted from raw events until rebuilt).
            migrationBuilder.Sql("""
                CREATE FUNCTION automeet_email_events_rollup_stale() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM campaign_event_rollups WHERE campaign_id = OLD.campaign_id;
                    IF TG_OP = 'UPDATE' THEN
                        DELETE FROM campaign_event_rollups WHERE campaign_id = NEW.campaign_id;
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER email_events_rollup_on_delete AFTER DELETE ON email_events FOR EACH ROW WHEN (OLD.campaign_id IS NOT NULL) EXECUTE FUNCTION automeet_email_events_rollup_stale();");
            migrationBuilder.Sql("CREATE TRIGGER email_events_rollup_on_update AFTER UPDATE OF campaign_id, kind, occurred_at, message_id, step_position, variant, detail ON email_events FOR EACH ROW EXECUTE FUNCTION automeet_email_events_rollup_stale();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS email_events_rollup_on_delete ON email_events;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS email_events_rollup_on_update ON email_events;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS automeet_email_events_rollup_stale();");

            migrationBuilder.DropTable(
                name: "campaign_event_rollups");

            migrationBuilder.DropTable(
                name: "domain_events");

            migrationBuilder.DropTable(
                name: "email_event_hour_counts");

            migrationBuilder.DropTable(
                name: "reply_drafts");

            migrationBuilder.DropTable(
                name: "webhook_cursors");

            migrationBuilder.DropTable(
                name: "webhook_delivery_attempts");

            migrationBuilder.DropIndex(
                name: "IX_meetings_status_hold_expires_at",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "IX_meetings_status_start",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "outcome_requested_at",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "reminders_sent",
                table: "meetings");
        }
    }
}
