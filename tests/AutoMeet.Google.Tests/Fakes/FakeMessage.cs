namespace AutoMeet.Google.Tests.Fakes;

/// <summary>A message held by the fake Gmail mailbox.</summary>
public sealed record FakeMessage(string Id, string ThreadId, string Raw, IReadOnlyList<string> LabelIds, long HistoryId, long InternalDateMs, string? RfcMessageId);
