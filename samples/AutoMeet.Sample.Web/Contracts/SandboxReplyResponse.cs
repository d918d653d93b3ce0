using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The simulated reply, now waiting in the sandbox inbox for the reply-processing job.</summary>
/// <param name="MessageId">The reply's Message-ID.</param>
/// <param name="ThreadId">The provider thread it belongs to.</param>
/// <param name="ReceivedAt">When it was received.</param>
internal sealed record SandboxReplyResponse(string MessageId, string ThreadId, Instant ReceivedAt);
