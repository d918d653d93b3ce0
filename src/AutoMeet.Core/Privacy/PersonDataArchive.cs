using System.Buffers;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Privacy;

/// <summary>
/// Represents everything held about one person, ready to be written as one machine-readable JSON document.
/// </summary>
/// <remarks>
/// The document is a UTF-8 JSON object:
/// <code>
/// {
///   "format": "automeet.person-data", "version": 1, "exportedAt": "2026-01-02T03:04:05Z",
///   "ownerId": "…", "emailAddress": "ada@example.com",
///   "counts": { "prospects": 1, … },
///   "prospects": [ … ], "enrollments": [ … ], "threads": [ { …, "messages": [ … ] } ], "events": [ … ],
///   "replyDecisions": [ … ], "replyDrafts": [ … ], "outbox": [ … ], "meetings": [ … ], "approvals": [ … ], "notifications": [ … ],
///   "suppressions": [ … ], "auditEntries": [ … ]
/// }
/// </code>
/// Each record is the stored entity with camelCase property names, ids as strings, instants as ISO-8601 UTC
/// (<c>…Z</c>), dates as <c>yyyy-MM-dd</c> and enums by name. Approval and reply-draft token hashes are withheld (they authenticate
/// the owner's links). <see cref="FormatVersion"/> changes only when a reader would have to change.
/// </remarks>
public sealed class PersonDataArchive
{
    /// <summary>The value of the document's <c>format</c> property.</summary>
    public const string FormatName = "automeet.person-data";

    /// <summary>The value of the document's <c>version</c> property.</summary>
    public const int FormatVersion = 1;

    /// <summary>The media type of the document.</summary>
    public const string ContentType = "application/json";

    private readonly PersonData _data;

    internal PersonDataArchive(UserId ownerId, string emailAddress, Instant exportedAt, PersonData data)
    {
        OwnerId = ownerId;
        EmailAddress = emailAddress;
        ExportedAt = exportedAt;
        _data = data;
        Counts = data.Counts();
    }

    /// <summary>Gets the owner (tenant).</summary>
    public UserId OwnerId { get; }

    /// <summary>Gets the person's normalised (lower-case) address.</summary>
    public string EmailAddress { get; }

    /// <summary>Gets when the data was read.</summary>
    public Instant ExportedAt { get; }

    /// <summary>Gets how many records of each kind the archive holds (keys from <see cref="PersonDataSections"/>).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>Writes the archive as one JSON document.</summary>
    /// <param name="destination">The stream to write to (left open).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        // The writer fills a buffer (serialization is synchronous); the buffer goes to the stream asynchronously, so
        // hosts that forbid synchronous I/O (ASP.NET Core responses) can stream the archive.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", FormatVersion);
            writer.WriteString("exportedAt", InstantPattern.ExtendedIso.Format(ExportedAt));
            writer.WriteString("ownerId", OwnerId.Value);
            writer.WriteString("emailAddress", EmailAddress);
            writer.WritePropertyName("counts");
            JsonSerializer.Serialize(writer, Counts, PrivacyJson.Options);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Prospects, _data.Prospects, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Enrollments, _data.Enrollments, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Threads, _data.Threads, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Events, _data.Events, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.ReplyDecisions, _data.ReplyDecisions, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.DomainEvents, _data.DomainEvents, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.ReplyDrafts, _data.ReplyDrafts, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Outbox, _data.Outbox, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Meetings, _data.Meetings, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Approvals, _data.Approvals, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Notifications, _data.Notifications, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.Suppressions, _data.Suppressions, cancellationToken).ConfigureAwait(false);
            await WriteSectionAsync(writer, buffer, destination, PersonDataSections.AuditEntries, _data.AuditEntries, cancellationToken).ConfigureAwait(false);
            writer.WriteEndObject();
            await DrainAsync(writer, buffer, destination, cancellationToken).ConfigureAwait(false);
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteSectionAsync<T>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream destination, string name, List<T> records, CancellationToken cancellationToken)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var record in records)
        {
            JsonSerializer.Serialize(writer, record, PrivacyJson.Options);
            if (buffer.WrittenCount + writer.BytesPending > 32 * 1024)
            {
                await DrainAsync(writer, buffer, destination, cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        await DrainAsync(writer, buffer, destination, cancellationToken).ConfigureAwait(false);
    }

    private static async Task DrainAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream destination, CancellationToken cancellationToken)
    {
        writer.Flush();
        await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }
}
