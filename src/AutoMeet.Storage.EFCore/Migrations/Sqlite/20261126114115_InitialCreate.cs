using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoMeet.Storage.EFCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: true),
                    previous_hash = table.Column<string>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    time_zone_id = table.Column<string>(type: "TEXT", nullable: false),
                    buffer_before = table.Column<long>(type: "INTEGER", nullable: false),
                    buffer_after = table.Column<long>(type: "INTEGER", nullable: false),
                    minimum_notice = table.Column<long>(type: "INTEGER", nullable: false),
                    booking_horizon_days = table.Column<int>(type: "INTEGER", nullable: false),
                    slot_interval = table.Column<long>(type: "INTEGER", nullable: false),
                    meeting_duration = table.Column<long>(type: "INTEGER", nullable: false),
                    max_meetings_per_day = table.Column<int>(type: "INTEGER", nullable: true),
                    max_meetings_per_week = table.Column<int>(type: "INTEGER", nullable: true),
                    busy_calendar_ids = table.Column<string>(type: "TEXT", nullable: false),
                    tentative_is_busy = table.Column<bool>(type: "INTEGER", nullable: false),
                    transparent_is_busy = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mailbox_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    provider = table.Column<int>(type: "INTEGER", nullable: false),
                    email_address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    scopes = table.Column<string>(type: "TEXT", nullable: true),
                    access_token = table.Column<string>(type: "TEXT", nullable: true),
                    access_token_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    refresh_token = table.Column<string>(type: "TEXT", nullable: true),
                    history_cursor = table.Column<string>(type: "TEXT", nullable: true),
                    watch_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    daily_send_limit = table.Column<int>(type: "INTEGER", nullable: false),
                    warmup_started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mailbox_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    deduplication_key = table.Column<string>(type: "TEXT", nullable: true),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", nullable: true),
                    lease_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "prospects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", nullable: false),
                    last_name = table.Column<string>(type: "TEXT", nullable: false),
                    company = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    time_zone_id = table.Column<string>(type: "TEXT", nullable: true),
                    country_code = table.Column<string>(type: "TEXT", nullable: true),
                    phone = table.Column<string>(type: "TEXT", nullable: true),
                    linked_in_url = table.Column<string>(type: "TEXT", nullable: true),
                    custom_fields = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prospects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sequences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    stop_on_company_reply = table.Column<bool>(type: "INTEGER", nullable: false),
                    stop_on_click = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suppressions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suppressions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "work_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", nullable: true),
                    lease_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "availability_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    calendar_settings_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    interval_weeks = table.Column<int>(type: "INTEGER", nullable: false),
                    anchor_date = table.Column<string>(type: "TEXT", nullable: true),
                    week_of_month = table.Column<int>(type: "INTEGER", nullable: true),
                    date = table.Column<string>(type: "TEXT", nullable: true),
                    is_unavailable = table.Column<bool>(type: "INTEGER", nullable: false),
                    start = table.Column<long>(type: "INTEGER", nullable: false),
                    end = table.Column<long>(type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_availability_rules", x => x.id);
                    table.ForeignKey(
                        name: "FK_availability_rules_calendar_settings_calendar_settings_id",
                        column: x => x.calendar_settings_id,
                        principalTable: "calendar_settings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    mailbox_account_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    approval_mode = table.Column<int>(type: "INTEGER", nullable: false),
                    autonomous_confidence_threshold = table.Column<double>(type: "REAL", nullable: true),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.id);
                    table.ForeignKey(
                        name: "FK_campaigns_mailbox_accounts_mailbox_account_id",
                        column: x => x.mailbox_account_id,
                        principalTable: "mailbox_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_campaigns_sequences_sequence_id",
                        column: x => x.sequence_id,
                        principalTable: "sequences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "sequence_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    delay_amount = table.Column<int>(type: "INTEGER", nullable: false),
                    delay_unit = table.Column<int>(type: "INTEGER", nullable: false),
                    subject_template = table.Column<string>(type: "TEXT", nullable: true),
                    body_template = table.Column<string>(type: "TEXT", nullable: true),
                    condition = table.Column<int>(type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequence_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_sequence_steps_sequences_sequence_id",
                        column: x => x.sequence_id,
                        principalTable: "sequences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_schedules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    start_at = table.Column<long>(type: "INTEGER", nullable: true),
                    end_at = table.Column<long>(type: "INTEGER", nullable: true),
                    time_zone_id = table.Column<string>(type: "TEXT", nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    window_start = table.Column<long>(type: "INTEGER", nullable: false),
                    window_end = table.Column<long>(type: "INTEGER", nullable: false),
                    start_notice_sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_schedules", x => x.id);
                    table.ForeignKey(
                        name: "FK_campaign_schedules_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_threads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mailbox_account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    prospect_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    provider_thread_id = table.Column<string>(type: "TEXT", nullable: true),
                    subject = table.Column<string>(type: "TEXT", nullable: false),
                    root_message_id = table.Column<string>(type: "TEXT", nullable: true),
                    last_message_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_inbound_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_threads", x => x.id);
                    table.ForeignKey(
                        name: "FK_email_threads_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_email_threads_mailbox_accounts_mailbox_account_id",
                        column: x => x.mailbox_account_id,
                        principalTable: "mailbox_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_email_threads_prospects_prospect_id",
                        column: x => x.prospect_id,
                        principalTable: "prospects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    thread_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    direction = table.Column<int>(type: "INTEGER", nullable: false),
                    rfc_message_id = table.Column<string>(type: "TEXT", nullable: false),
                    provider_message_id = table.Column<string>(type: "TEXT", nullable: true),
                    in_reply_to = table.Column<string>(type: "TEXT", nullable: true),
                    from = table.Column<string>(type: "TEXT", nullable: false),
                    to = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: false),
                    body_text = table.Column<string>(type: "TEXT", nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_messages", x => x.id);
                    table.ForeignKey(
                        name: "FK_email_messages_email_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "email_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enrollments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    prospect_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    next_step_position = table.Column<int>(type: "INTEGER", nullable: false),
                    next_step_due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_step_sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    snoozed_until = table.Column<long>(type: "INTEGER", nullable: true),
                    stop_reason = table.Column<int>(type: "INTEGER", nullable: false),
                    mailbox_account_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    thread_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    variant = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrollments", x => x.id);
                    table.ForeignKey(
                        name: "FK_enrollments_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_enrollments_email_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "email_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_enrollments_mailbox_accounts_mailbox_account_id",
                        column: x => x.mailbox_account_id,
                        principalTable: "mailbox_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_enrollments_prospects_prospect_id",
                        column: x => x.prospect_id,
                        principalTable: "prospects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_enrollments_sequences_sequence_id",
                        column: x => x.sequence_id,
                        principalTable: "sequences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    prospect_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    thread_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    calendar_account_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    start = table.Column<long>(type: "INTEGER", nullable: false),
                    end = table.Column<long>(type: "INTEGER", nullable: false),
                    prospect_time_zone_id = table.Column<string>(type: "TEXT", nullable: true),
                    calendar_event_id = table.Column<string>(type: "TEXT", nullable: true),
                    conference_url = table.Column<string>(type: "TEXT", nullable: true),
                    hold_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.id);
                    table.ForeignKey(
                        name: "FK_meetings_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meetings_email_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "email_threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meetings_mailbox_accounts_calendar_account_id",
                        column: x => x.calendar_account_id,
                        principalTable: "mailbox_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meetings_prospects_prospect_id",
                        column: x => x.prospect_id,
                        principalTable: "prospects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "email_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    prospect_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    enrollment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    step_position = table.Column<int>(type: "INTEGER", nullable: true),
                    variant = table.Column<string>(type: "TEXT", nullable: true),
                    detail = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_email_events_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_email_events_email_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "email_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_email_events_enrollments_enrollment_id",
                        column: x => x.enrollment_id,
                        principalTable: "enrollments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_email_events_prospects_prospect_id",
                        column: x => x.prospect_id,
                        principalTable: "prospects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "approval_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", nullable: true),
                    decision_source = table.Column<string>(type: "TEXT", nullable: true),
                    suggested_start = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_approval_requests_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_requests_meeting_id",
                table: "approval_requests",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "IX_approval_requests_status_expires_at",
                table: "approval_requests",
                columns: new[] { "status", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "IX_approval_requests_token_hash",
                table: "approval_requests",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_owner_id_sequence",
                table: "audit_entries",
                columns: new[] { "owner_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_availability_rules_calendar_settings_id",
                table: "availability_rules",
                column: "calendar_settings_id");

            migrationBuilder.CreateIndex(
                name: "IX_calendar_settings_owner_id",
                table: "calendar_settings",
                column: "owner_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_schedules_campaign_id",
                table: "campaign_schedules",
                column: "campaign_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_schedules_start_at",
                table: "campaign_schedules",
                column: "start_at");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_mailbox_account_id",
                table: "campaigns",
                column: "mailbox_account_id");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_owner_id_created_at",
                table: "campaigns",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_sequence_id",
                table: "campaigns",
                column: "sequence_id");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_status_created_at",
                table: "campaigns",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_email_events_campaign_id_occurred_at",
                table: "email_events",
                columns: new[] { "campaign_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_email_events_enrollment_id",
                table: "email_events",
                column: "enrollment_id");

            migrationBuilder.CreateIndex(
                name: "IX_email_events_message_id",
                table: "email_events",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "IX_email_events_occurred_at",
                table: "email_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "IX_email_events_prospect_id_occurred_at",
                table: "email_events",
                columns: new[] { "prospect_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_email_messages_rfc_message_id",
                table: "email_messages",
                column: "rfc_message_id");

            migrationBuilder.CreateIndex(
                name: "IX_email_messages_thread_id_rfc_message_id",
                table: "email_messages",
                columns: new[] { "thread_id", "rfc_message_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_threads_campaign_id",
                table: "email_threads",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "IX_email_threads_mailbox_account_id_provider_thread_id",
                table: "email_threads",
                columns: new[] { "mailbox_account_id", "provider_thread_id" },
                unique: true,
                filter: "provider_thread_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_email_threads_prospect_id",
                table: "email_threads",
                column: "prospect_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_campaign_id_prospect_id",
                table: "enrollments",
                columns: new[] { "campaign_id", "prospect_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_mailbox_account_id",
                table: "enrollments",
                column: "mailbox_account_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_prospect_id",
                table: "enrollments",
                column: "prospect_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_sequence_id",
                table: "enrollments",
                column: "sequence_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_status_next_step_due_at",
                table: "enrollments",
                columns: new[] { "status", "next_step_due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_enrollments_thread_id",
                table: "enrollments",
                column: "thread_id");

            migrationBuilder.CreateIndex(
                name: "IX_mailbox_accounts_owner_id",
                table: "mailbox_accounts",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "IX_mailbox_accounts_provider_email_address",
                table: "mailbox_accounts",
                columns: new[] { "provider", "email_address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meetings_calendar_account_id",
                table: "meetings",
                column: "calendar_account_id");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_campaign_id",
                table: "meetings",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_owner_id_start",
                table: "meetings",
                columns: new[] { "owner_id", "start" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_prospect_id",
                table: "meetings",
                column: "prospect_id");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_thread_id",
                table: "meetings",
                column: "thread_id");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_due_at",
                table: "notifications",
                column: "due_at",
                filter: "completed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_owner_id_created_at",
                table: "notifications",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_owner_id_deduplication_key",
                table: "notifications",
                columns: new[] { "owner_id", "deduplication_key" },
                unique: true,
                filter: "deduplication_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_prospects_owner_id_created_at",
                table: "prospects",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_prospects_owner_id_email",
                table: "prospects",
                columns: new[] { "owner_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sequence_steps_sequence_id_position",
                table: "sequence_steps",
                columns: new[] { "sequence_id", "position" });

            migrationBuilder.CreateIndex(
                name: "IX_sequences_owner_id_created_at",
                table: "sequences",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_suppressions_owner_id_kind_value",
                table: "suppressions",
                columns: new[] { "owner_id", "kind", "value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_items_due_at",
                table: "work_items",
                column: "due_at",
                filter: "completed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_work_items_kind_key",
                table: "work_items",
                columns: new[] { "kind", "key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_requests");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "availability_rules");

            migrationBuilder.DropTable(
                name: "campaign_schedules");

            migrationBuilder.DropTable(
                name: "email_events");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "sequence_steps");

            migrationBuilder.DropTable(
                name: "suppressions");

            migrationBuilder.DropTable(
                name: "work_items");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "calendar_settings");

            migrationBuilder.DropTable(
                name: "email_messages");

            migrationBuilder.DropTable(
                name: "enrollments");

            migrationBuilder.DropTable(
                name: "email_threads");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "prospects");

            migrationBuilder.DropTable(
                name: "mailbox_accounts");

            migrationBuilder.DropTable(
                name: "sequences");
        }
    }
}
