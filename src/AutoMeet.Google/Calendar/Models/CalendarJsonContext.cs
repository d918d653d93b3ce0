using System.Text.Json.Serialization;
using AutoMeet.Google.Gmail.Models;

namespace AutoMeet.Google.Calendar.Models;

/// <summary>Source-generated JSON for the Calendar REST models (Google's error envelope is shared with Gmail).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GoogleEvent))]
[JsonSerializable(typeof(GoogleEvents))]
[JsonSerializable(typeof(GoogleFreeBusyRequest))]
[JsonSerializable(typeof(GoogleFreeBusyResponse))]
[JsonSerializable(typeof(GoogleChannel))]
[JsonSerializable(typeof(GmailErrorResponse))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
